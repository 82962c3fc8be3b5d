package org.gongkai.core.demo;

import java.time.LocalDate;
import java.util.Random;
import org.gongkai.core.privacy.IdNumbers;

/**
 * Made-up people for demo data: common names, ID numbers under a given county code with valid check digits, and
 * mobile numbers. Seeded, so every run tells the same story; never real people.
 */
public final class FictionalPeople {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英玉兰建华建国志强海燕春梅淑珍国庆凤兰德胜文华红梅永胜立新宝山晓东";

    private final Random random;
    private final String county;
    private int sequence = 100;

    public FictionalPeople(long seed, String countyCode) {
        this.random = new Random(seed);
        this.county = countyCode;
    }

    public record Person(String name, String idNumber, String mobile) {
    }

    public Person next() {
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = county + birth.toString().replace("-", "") + String.format("%03d", sequence++ % 1000);
        String mobile = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        return new Person(name, IdNumbers.withCheckDigit(first17), mobile);
    }

    private String given() {
        int start = random.nextInt(GIVEN.length() - 1);
        return random.nextBoolean() ? GIVEN.substring(start, start + 1) : GIVEN.substring(start, start + 2);
    }
}
