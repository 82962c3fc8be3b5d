package org.gongkai.relief.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.demo.FictionalPeople;

/** Fictional households of one village's relief roster, as the roster CSV and as the funds-paid CSV. */
final class ReliefRosters {

    static final String STANDARD = "口粮救助每人500元；取暖救助每户600元；口粮和取暖救助按两项合计";
    private static final String[] GROUPS = {"第一村民小组", "第二村民小组", "第三村民小组"};

    record Household(String head, String idNumber, String group, int familySize, String category, BigDecimal amount) {
    }

    private final List<Household> rows;

    private ReliefRosters(List<Household> rows) {
        this.rows = List.copyOf(rows);
    }

    static ReliefRosters of(long seed, int count) {
        FictionalPeople people = new FictionalPeople(seed, "230202");
        List<Household> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FictionalPeople.Person p = people.next();
            int size = 1 + (i * 7 + 3) % 5;
            String category = switch (i % 3) {
                case 0 -> "口粮救助";
                case 1 -> "取暖救助";
                default -> "口粮和取暖救助";
            };
            int amount = switch (i % 3) {
                case 0 -> size * 500;
                case 1 -> 600;
                default -> size * 500 + 600;
            };
            rows.add(new Household(p.name(), p.idNumber(), GROUPS[i % GROUPS.length], size, category,
                    BigDecimal.valueOf(amount)));
        }
        return new ReliefRosters(rows);
    }

    /** The roster with the household at {@code index} removed, as democratic review decided. */
    ReliefRosters without(int index) {
        List<Household> kept = new ArrayList<>(rows);
        kept.remove(index);
        return new ReliefRosters(kept);
    }

    int households() {
        return rows.size();
    }

    int persons() {
        return rows.stream().mapToInt(Household::familySize).sum();
    }

    BigDecimal total() {
        return rows.stream().map(Household::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    byte[] rosterCsv() {
        StringBuilder csv = new StringBuilder("户主姓名,身份证号,村民小组,家庭人口,救助类别,救助金额（元）,备注\n");
        for (Household h : rows) {
            csv.append(h.head()).append(',').append(h.idNumber()).append(',').append(h.group()).append(',')
                    .append(h.familySize()).append(',').append(h.category()).append(',').append(h.amount())
                    .append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] fundsCsv(LocalDate paidOn) {
        StringBuilder csv = new StringBuilder("户主姓名,身份证号,救助类别,领取金额（元）,发放日期,发放方式\n");
        for (Household h : rows) {
            csv.append(h.head()).append(',').append(h.idNumber()).append(',').append(h.category()).append(',')
                    .append(h.amount()).append(',').append(paidOn).append(",“一卡通”代发\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
