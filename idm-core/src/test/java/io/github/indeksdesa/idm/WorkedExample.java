// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

/**
 * The five worked examples of the methodology (§5): each village's 50 scores as the ministry
 * published them in its {@code rumusan} report, and the summary figures of that report.
 */
public enum WorkedExample {
    /** Keladen, Paser (Kalimantan Timur), 2024: MAJU, 40 grid units short of MANDIRI. */
    KELADEN("6401022004", 2024,
            new int[] {5, 0, 5, 2, 4, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 5, 5, 4, 3, 5, 5, 5, 5, 5, 5, 5, 3, 1, 0, 1, 1, 5,
                4, 5, 5, /* IKE */ 5, 5, 5, 5, 5, 5, 5, 2, 5, 1, 3, 4, /* IKL */ 5, 4, 3},
            139, 50, 12, 5098, "0.80920634920635", Status.MAJU, Status.MANDIRI, "0.8156", 0.006393650793649952),
    /** Rantau Ikil, Bungo (Jambi), 2023: the lowest MANDIRI grid value, N = 5138. */
    RANTAU_IKIL("1508042002", 2023,
            new int[] {5, 5, 5, 5, 2, 5, 5, 5, 5, 5, 5, 1, 5, 5, 5, 5, 5, 4, 5, 5, 1, 5, 5, 5, 1, 4, 3, 3, 5, 5, 5, 5,
                5, 5, 5, /* IKE */ 5, 5, 5, 5, 3, 5, 5, 3, 3, 5, 5, 5, /* IKL */ 5, 5, 0},
            154, 54, 10, 5138, "0.81555555555556", Status.MANDIRI, Status.MANDIRI, "0.8156", 4.444444443996165e-05),
    /** Lubuk Panyang, Aceh Barat, 2021: the highest TERTINGGAL grid value, N = 3773. */
    LUBUK_PANYANG("1105112002", 2021,
            new int[] {5, 0, 5, 0, 5, 4, 5, 5, 5, 5, 1, 5, 1, 1, 5, 5, 1, 1, 0, 1, 1, 1, 5, 5, 5, 5, 5, 5, 3, 1, 5, 5,
                5, 4, 4, /* IKE */ 1, 5, 3, 1, 3, 0, 0, 1, 5, 1, 3, 4, /* IKL */ 5, 5, 0},
            119, 27, 10, 3773, "0.59888888888889", Status.TERTINGGAL, Status.BERKEMBANG, "0.5990",
            0.00011111111110995164),
    /** Gelampang Gading, Aceh Tengah, 2023: the highest BERKEMBANG grid value, N = 4455. */
    GELAMPANG_GADING("1104012005", 2023,
            new int[] {5, 0, 5, 2, 5, 5, 5, 5, 1, 1, 5, 1, 5, 1, 5, 5, 5, 1, 2, 1, 5, 5, 5, 5, 5, 5, 3, 4, 5, 5, 5, 5,
                4, 4, 5, /* IKE */ 5, 5, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, /* IKL */ 5, 3, 0},
            135, 49, 8, 4455, "0.70714285714286", Status.BERKEMBANG, Status.MAJU, "0.7073", 0.00015714285714008014),
    /** Krueng Jangko, Pidie (Aceh), 2021: SANGAT TERTINGGAL. */
    KRUENG_JANGKO("1107062002", 2021,
            new int[] {5, 0, 5, 0, 2, 3, 5, 5, 5, 5, 1, 1, 1, 1, 5, 3, 1, 0, 1, 1, 1, 1, 5, 5, 5, 5, 5, 5, 3, 1, 1, 3,
                1, 4, 4, /* IKE */ 1, 5, 3, 5, 3, 0, 0, 1, 1, 1, 3, 4, /* IKL */ 3, 3, 0},
            99, 27, 6, 2973, "0.47190476190476", Status.SANGAT_TERTINGGAL, Status.TERTINGGAL, "0.4908",
            0.01889523809524002);

    private final String code;
    private final int year;
    private final int[] scores;
    private final int iksSum;
    private final int ikeSum;
    private final int iklSum;
    private final long gridNumerator;
    private final String apiIdm;
    private final Status status;
    private final Status target;
    private final String minimumScore;
    private final double apiGap;

    WorkedExample(String code, int year, int[] scores, int iksSum, int ikeSum, int iklSum, long gridNumerator,
            String apiIdm, Status status, Status target, String minimumScore, double apiGap) {
        this.code = code;
        this.year = year;
        this.scores = scores;
        this.iksSum = iksSum;
        this.ikeSum = ikeSum;
        this.iklSum = iklSum;
        this.gridNumerator = gridNumerator;
        this.apiIdm = apiIdm;
        this.status = status;
        this.target = target;
        this.minimumScore = minimumScore;
        this.apiGap = apiGap;
    }

    /** The village code. @return the ten digits */
    public String code() {
        return code;
    }

    /** The data year. @return the year */
    public int year() {
        return year;
    }

    /** The 50 scores in ministry order. @return a copy */
    public int[] scores() {
        return scores.clone();
    }

    /** The published ΣIKS. @return the sum */
    public int iksSum() {
        return iksSum;
    }

    /** The published ΣIKE. @return the sum */
    public int ikeSum() {
        return ikeSum;
    }

    /** The published ΣIKL. @return the sum */
    public int iklSum() {
        return iklSum;
    }

    /** N in IDM = N/6300. @return N */
    public long gridNumerator() {
        return gridNumerator;
    }

    /** SKOR_SAAT_INI as the API prints it (14 decimals). @return the text */
    public String apiIdm() {
        return apiIdm;
    }

    /** STATUS. @return the status */
    public Status status() {
        return status;
    }

    /** TARGET_STATUS. @return the target */
    public Status target() {
        return target;
    }

    /** SKOR_MINIMAL as the API writes it. @return the text */
    public String minimumScore() {
        return minimumScore;
    }

    /** PENAMBAHAN as the API computed it in binary floating point. @return the double */
    public double apiGap() {
        return apiGap;
    }

    /** The file of the ministry's report below the shared directory. @return the relative path */
    public String apiFile() {
        return "data/ministry-api/" + code + "_" + year + ".json";
    }

    /** The scores as a value of the official model. @return the scores */
    public VillageScores villageScores() {
        return VillageScores.of(IdmModel.official(), VillageCode.of(code), year, scores);
    }

    /** The evaluated scores. @return the result */
    public VillageResult result() {
        return villageScores().evaluate();
    }
}
