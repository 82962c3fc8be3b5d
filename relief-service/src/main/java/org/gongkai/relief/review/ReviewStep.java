package org.gongkai.relief.review;

/**
 * The review chain after a relief roster's village publicity, in order (the pilot plan; Natural Disaster Relief
 * Regulations art. 20): the village committee's opinion, the street office's review, the civil-affairs approval.
 */
public enum ReviewStep {
    VILLAGE("村民委员会评议", "村民委员会", DivisionLevel.VILLAGE),
    STREET("街道办事处审核", "街道办事处", DivisionLevel.STREET),
    CIVIL_AFFAIRS("区民政局审批", "区民政局", DivisionLevel.COUNTY);

    private final String displayName;
    private final String body;
    private final DivisionLevel level;

    ReviewStep(String displayName, String body, DivisionLevel level) {
        this.displayName = displayName;
        this.body = body;
        this.level = level;
    }

    public String displayName() {
        return displayName;
    }

    /** The body that takes this step (村民委员会, 街道办事处, 区民政局). */
    public String body() {
        return body;
    }

    public DivisionLevel level() {
        return level;
    }
}
