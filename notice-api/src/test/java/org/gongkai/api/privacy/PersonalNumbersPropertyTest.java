package org.gongkai.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.api.privacy.PersonalNumbers.Found;
import org.gongkai.api.privacy.PersonalNumbers.Kind;

/**
 * Generated numbers, written with random separators between random digit groups, in random digit widths, inside
 * ordinary sentences: every one is found and masked; generated ordinary text is never flagged.
 */
class PersonalNumbersPropertyTest {

    static final List<String> SEPARATORS = List.of(" ", "-", ".", "/", "  ", " - ", "\u3000", "\u00A0", "\u2009", "–", "—",
            "－", "．", "·", "／", "\u200B", "\uFEFF", "\u00AD");
    static final List<String> AREAS = List.of("230202", "110105", "440305", "510107", "650102", "820000");
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final char[] CHECKS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    @Property(tries = 600)
    void everyIdNumberHoweverWrittenIsFoundAndMasked(@ForAll("idNumbers") String id, @ForAll("writings") Writing how) {
        String written = how.write(id);
        String text = how.before() + written + how.after();

        List<Found> found = PersonalNumbers.find(text);

        assertThat(found).as(text).singleElement().extracting(Found::kind).isEqualTo(Kind.ID_NUMBER);
        String masked = PersonalNumbers.canonical(PersonalNumbers.mask(written));
        assertThat(masked).as(written).startsWith(id.substring(0, 4)).endsWith(id.substring(id.length() - (id.length() == 15 ? 3 : 4)))
                .doesNotContain(id.substring(4, id.length() - 4));
    }

    @Property(tries = 600)
    void everyMobileHoweverWrittenIsFoundAndMasked(@ForAll("mobiles") String mobile, @ForAll("prefixes") String prefix,
            @ForAll("writings") Writing how) {
        String written = prefix + how.write(mobile);
        String text = how.before() + written + how.after();

        assertThat(PersonalNumbers.find(text)).as(text).singleElement().extracting(Found::kind).isEqualTo(Kind.MOBILE);
        assertThat(PersonalNumbers.canonical(PersonalNumbers.mask(written)))
                .endsWith(mobile.substring(0, 3) + "****" + mobile.substring(7));
    }

    @Property(tries = 600)
    void ordinaryTextIsNeverFlagged(@ForAll("ordinaryText") String text) {
        assertThat(PersonalNumbers.find(text)).as(text).isEmpty();
    }

    /** How a number is written: where its groups split, what goes between them, which digits are full-width. */
    record Writing(List<Integer> cuts, String separator, long fullWidthMask, boolean lowerX, String before, String after) {

        String write(String number) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < number.length(); i++) {
                if (cuts.contains(i)) {
                    out.append(separator);
                }
                char c = number.charAt(i);
                boolean wide = (fullWidthMask >> i & 1) == 1;
                if (c == 'X') {
                    out.append(wide ? (lowerX ? '\uFF58' : '\uFF38') : (lowerX ? 'x' : 'X'));
                } else {
                    out.append(wide ? (char) ('\uFF10' + (c - '0')) : c);
                }
            }
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Writing> writings() {
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(1, 14).list().ofMaxSize(4).uniqueElements();
        return Combinators.combine(cuts, Arbitraries.of(SEPARATORS), Arbitraries.longs(), Arbitraries.of(true, false),
                Arbitraries.of("身份证号：", "联系人李四，", "", "（", "户主 ", "号码 "),
                Arbitraries.of("。", "，请核实", "", "）", " 联系", "；"))
                .as(Writing::new);
    }

    @Provide
    Arbitrary<String> idNumbers() {
        Arbitrary<LocalDate> born = Arbitraries.integers().between(0, 365 * 90).map(d -> LocalDate.of(1930, 1, 1).plusDays(d));
        return Combinators.combine(Arbitraries.of(AREAS), born, Arbitraries.integers().between(0, 999),
                Arbitraries.of(0, 1, 2)).as((area, date, seq, form) -> {
                    String base = area + date.toString().replace("-", "") + String.format("%03d", seq);
                    return switch (form) {
                        case 0 -> base + check(base);
                        case 1 -> base + (char) ('0' + (seq % 10));
                        default -> area + date.toString().substring(2).replace("-", "") + String.format("%03d", seq);
                    };
                });
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.longs().between(0, 999_999_999L))
                .as((second, rest) -> "1" + second + String.format("%09d", rest));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "+86", "+86 ", "0086", "0086-", "86 ", "＋８６ ");
    }

    @Provide
    Arbitrary<String> ordinaryText() {
        Arbitrary<String> date = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d))
                .flatMap(d -> Arbitraries.of(d.toString(), d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                        d.toString().replace('-', '/'), d.toString().replace('-', '.')));
        Arbitrary<String> amount = Arbitraries.integers().between(0, 9_999_999)
                .flatMap(v -> Arbitraries.of(v + ".00元", String.format("%,d", v) + "元", v / 100 + "." + v % 100 + "公顷"));
        Arbitrary<String> document = Arbitraries.integers().between(1, 999)
                .flatMap(n -> Arbitraries.of("龙政发〔2026〕" + n + "号", "（2026）黑齐龙证字第" + n + "号", "第" + n + "批"));
        Arbitrary<String> landline = Arbitraries.integers().between(2_000_000, 8_999_999)
                .flatMap(n -> Arbitraries.of("0452-" + n, "0452-" + n + "-" + (n % 9000 + 1000), "(0452)" + n + "转" + n % 1000,
                        "0452 " + n));
        Arbitrary<String> count = Arbitraries.integers().between(1, 99_999).map(n -> "共" + n + "户" + (n * 3) + "人");
        Arbitrary<String> fragment = Arbitraries.oneOf(date, amount, document, landline, count);
        return fragment.list().ofMinSize(1).ofMaxSize(6).flatMap(parts -> Arbitraries.of("，", "；", "。", "、", " 至 ")
                .list().ofSize(parts.size()).map(glue -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        out.add(parts.get(i) + glue.get(i));
                    }
                    return String.join("", out);
                }));
    }

    private static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS[sum % 11];
    }
}
