package org.gongkai.core.roster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gongkai.roster.*}: the limits of an upload (a roster type may lower or raise its row limit with
 * {@code max-rows} in its schema), when an upload is worked on in the background instead of while the uploader
 * waits, and how long a problem report stays downloadable.
 */
@ConfigurationProperties("gongkai.roster")
record RosterProperties(
        @DefaultValue("64MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("1000") int listedProblems,
        @DefaultValue("2MB") DataSize backgroundAbove,
        @DefaultValue("512MB") DataSize xlsxMaxInflated,
        @DefaultValue("1000") int xlsxMaxEntries,
        @DefaultValue("100") int xlsxMaxRatio,
        @DefaultValue("7d") Duration reportsKeptFor) {

    public RosterLimits limitsFor(RosterSchema schema) {
        int rows = schema.maxRows() != null ? schema.maxRows() : maxRows;
        return new RosterLimits(maxFileSize.toBytes(), rows, listedProblems,
                new RosterLimits.XlsxLimits(xlsxMaxInflated.toBytes(), xlsxMaxEntries, xlsxMaxRatio));
    }
}
