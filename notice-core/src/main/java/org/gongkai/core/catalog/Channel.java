package org.gongkai.core.catalog;

/** The fixed list of disclosure channels (公开渠道和载体) of the standard catalogue. */
public enum Channel {
    GOV_WEBSITE("政府网站"),
    GAZETTE("政府公报"),
    NEW_MEDIA("两微一端"),
    PRESS_OR_HEARING("发布会/听证会"),
    RADIO_TV("广播电视"),
    PRINT("纸质媒体"),
    READING_POINT("公开查阅点"),
    SERVICE_CENTRE("政务服务中心"),
    CONVENIENCE_STATION("便民服务站"),
    DOOR_TO_DOOR("入户/现场"),
    BULLETIN_BOARD("社区/企事业单位/村公示栏（电子屏）"),
    TARGETED_PUSH("精准推送"),
    OTHER("其他");

    private final String displayName;

    Channel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
