package org.sunlight.casework.internal.documents;

/** Which decision a {@link DecisionDocument} writes; each has its own title and closing paragraphs. */
public enum DecisionKind {
    /** 准予行政许可决定书: the licence is granted. */
    LICENSING_APPROVAL("准予行政许可决定书"),
    /** 不予行政许可决定书: the licence is refused; reasons and the party's rights are stated (行政许可法 第三十八条). */
    LICENSING_DENIAL("不予行政许可决定书"),
    /** 行政处罚决定书: a penalty with a fine, payment and the party's rights (行政处罚法 第五十九条). */
    PENALTY("行政处罚决定书");

    private final String title;

    DecisionKind(String title) {
        this.title = title;
    }

    /** The document's title. */
    public String title() {
        return title;
    }
}
