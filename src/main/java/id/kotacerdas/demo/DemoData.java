package id.kotacerdas.demo;

import java.util.List;

/**
 * The demo period in progress (with {@code kc.demo-data=true}, the default): its year, the regions taking part and
 * where each of them stands. The regions are real ones of the published 2024 table, so that a result of theirs can
 * later be compared with 2024.
 */
public final class DemoData {

    /** The demo period's year: the one after the published 2024 table. */
    public static final int YEAR = 2025;

    /** The year whose instrument the demo period copies, as the ministry would. */
    public static final int COPIED_FROM = 2024;

    /** Who performs the ministry's steps of the demo in the audit trail (as the 2024 table's demo import does). */
    public static final String ACTOR = "demo";

    /** Still answering when the period moved on, part of the questions answered, with an extension to go on. */
    public static final DemoRegion ANSWERING = new DemoRegion(
            "35.10", "banyuwangi", "REGULER", DemoRegion.Stage.ANSWERING, new double[] {4.0, 3.78, 3.75, 3.79, 2.97});

    /** Submitted; its panel is assigned and its interview scheduled, nobody scored yet. */
    public static final DemoRegion SUBMITTED = new DemoRegion(
            "51.71", "denpasar", "REGULER", DemoRegion.Stage.SUBMITTED, new double[] {2.84, 2.65, 3.53, 3.77, 3.63});

    /** Scored by its whole panel, with questions in reconciliation, its interview held and findings written. */
    public static final DemoRegion SCORED = new DemoRegion(
            "51.03", "badung", "REGULER", DemoRegion.Stage.SCORED, new double[] {3.56, 2.73, 3.27, 3.18, 2.8});

    /** Its panel part of the way: two assessors submitted, one is scoring, two have not started. */
    public static final DemoRegion SCORING = new DemoRegion(
            "33.22", "semarang", "KPPN_IKN", DemoRegion.Stage.SCORING, new double[] {2.92, 2.47, 2.62, 2.76, 2.85});

    /** Submitted, and its citizen survey half full (entered by its enumerator from paper forms). */
    public static final DemoRegion SURVEY = new DemoRegion(
            "64.71", "balikpapan", "KPPN_IKN", DemoRegion.Stage.SURVEY, new double[] {3.6, 3.64, 3.21, 3.16, 3.67});

    public static final List<DemoRegion> REGIONS = List.of(ANSWERING, SUBMITTED, SCORED, SCORING, SURVEY);

    /** The panel of every scored region: five assessors, as the method has it. */
    public static final List<DemoAssessor> ASSESSORS = List.of(
            new DemoAssessor("asesor.dewi", "Dewi Kartikasari", "Institut Teknologi Bandung", 0.0),
            new DemoAssessor("asesor.hendra", "Hendra Saputra", "Universitas Gadjah Mada", 0.2),
            new DemoAssessor("asesor.sri", "Sri Wahyuni", "Institut Teknologi Sepuluh Nopember", -0.2),
            new DemoAssessor("asesor.bambang", "Bambang Prasetyo", "Universitas Udayana", 0.1),
            new DemoAssessor("asesor.yusuf", "Yusuf Hidayat", "Kementerian Dalam Negeri", -0.1));

    /** Responses entered into the survey region's survey: half its quota (50 per smart dimension × 6). */
    public static final int SURVEY_RESPONSES = 150;

    private DemoData() {}

    public static String operatorOf(DemoRegion region) {
        return "operator." + region.slug();
    }

    public static String enumeratorOf(DemoRegion region) {
        return "enumerator." + region.slug();
    }
}
