package org.gongkai.e2e.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.Set;

/**
 * No code reads the machine's clock except {@code SuiteClock}: not {@code Instant.now()}, {@code LocalDate.now()}
 * (nor {@code now(ZoneId)}), {@code Clock.system…}, {@code System.currentTimeMillis()} or {@code new Date()}.
 * {@code now(Clock)} is how every other class asks for the time. {@code System.nanoTime()} measures durations and
 * is allowed.
 */
final class SystemClockRule {

    static final String SUITE_CLOCK = "org.gongkai.api.time.SuiteClock";

    private static final Set<String> NOW_OWNERS = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private SystemClockRule() {
    }

    static ArchRule rule() {
        return ArchRuleDefinition.noClasses().that().doNotHaveFullyQualifiedName(SUITE_CLOCK)
                .should().callCodeUnitWhere(READS_SYSTEM_CLOCK)
                .because("time comes from the injected Clock, so tests and e2e runs behave the same on any date");
    }

    static final DescribedPredicate<JavaCodeUnitAccess<?>> READS_SYSTEM_CLOCK =
            new DescribedPredicate<>("a read of the system clock") {
                @Override
                public boolean test(JavaCodeUnitAccess<?> access) {
                    return readsSystemClock(access);
                }
            };

    private static boolean readsSystemClock(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        String name = access.getName();
        List<String> parameters = access instanceof JavaCodeUnitAccess<?> call
                ? call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList()
                : List.of();
        String type = owner.getName();
        if (NOW_OWNERS.contains(type) && name.equals("now")) {
            return parameters.isEmpty() || parameters.equals(List.of("java.time.ZoneId"));
        }
        if (type.equals("java.time.Clock")) {
            return name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system");
        }
        if (type.equals("java.lang.System")) {
            return name.equals("currentTimeMillis");
        }
        if (type.equals("java.util.Date") || type.equals("java.sql.Timestamp")) {
            return name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
        }
        if (type.equals("java.util.Calendar") || type.equals("java.util.GregorianCalendar")) {
            return name.equals("getInstance") || name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
        }
        return false;
    }
}
