package org.gongkai.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.education.district.AddressSegment;
import org.junit.jupiter.api.Test;

class AddressSegmentTest {

    @Test
    void aWholeStreetCoversEveryNumberOnIt() {
        AddressSegment street = AddressSegment.parse("正阳街").orElseThrow();
        assertThat(street.from()).isNull();
        assertThat(street.covers("龙沙区正阳街5号")).isTrue();
        assertThat(street.covers("彩虹路5号")).isFalse();
    }

    @Test
    void aRangeCoversItsBoundsAndNothingOutside() {
        AddressSegment range = AddressSegment.parse("龙华路1-199号").orElseThrow();
        assertThat(range.covers("龙华路1号")).isTrue();
        assertThat(range.covers("龙华路199号2单元")).isTrue();
        assertThat(range.covers("龙华路200号")).isFalse();
        assertThat(range.covers("龙华路")).as("no house number, no answer").isFalse();
    }

    @Test
    void oddAndEvenSidesAreTold() {
        AddressSegment odd = AddressSegment.parse("湖滨路（单号1-99号）").orElseThrow();
        AddressSegment even = AddressSegment.parse("湖滨路双号2至100号").orElseThrow();
        assertThat(odd.side()).isEqualTo(AddressSegment.Side.ODD);
        assertThat(odd.covers("湖滨路37号")).isTrue();
        assertThat(odd.covers("湖滨路38号")).isFalse();
        assertThat(even.covers("湖滨路38号")).isTrue();
        assertThat(even.covers("湖滨路101号")).isFalse();
    }

    @Test
    void fullWidthDigitsAndSpacesReadAsPlainOnes() {
        AddressSegment range = AddressSegment.parse("龙华路１－１９９号").orElseThrow();
        assertThat(range.to()).isEqualTo(199);
        assertThat(range.covers(AddressSegment.normalise("龙华路 ８８ 号"))).isTrue();
    }

    @Test
    void digitsInAFormTheLookupCannotReadAreRefused() {
        assertThat(AddressSegment.parse("龙华路1号到99号的单号")).isEmpty();
        assertThat(AddressSegment.parse("龙华路99-1号")).isEmpty();
        assertThat(AddressSegment.parse("  ")).isEmpty();
    }
}
