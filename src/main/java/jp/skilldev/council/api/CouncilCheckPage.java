package jp.skilldev.council.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.skilldev.council.CouncilResults.CouncilCheck;
import jp.skilldev.council.DisabilityTrainingGrade.PdcaEvaluation;
import jp.skilldev.council.Ratio;
import jp.skilldev.council.TrainingKpis.Kpis;
import jp.skilldev.council.TrainingKpis.TypeKpis;
import jp.skilldev.council.TrainingResult;

/**
 * The council's check as one self-contained HTML page (実施状況): per training type a KPI table and an
 * inline SVG bar chart of plan against entrants per field, Japanese first. Every text from the data is escaped.
 */
final class CouncilCheckPage {

    private static final int CHART_LABEL_WIDTH = 230;
    private static final int CHART_BAR_WIDTH = 420;
    private static final int CHART_ROW_HEIGHT = 34;

    private CouncilCheckPage() {
    }

    static String render(CouncilCheck check) {
        String title = check.prefecture().japanese() + " " + check.year().japanese() + " 公的職業訓練の実施状況 / "
                + "Public training results, " + check.prefecture().slug() + " FY" + check.year().year();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .6em}td.n{text-align:right}tr.total{font-weight:bold}")
                .append(".miss{color:#b00}.hit{color:#070}.legend span{display:inline-block;width:1em;height:1em;margin:0 .3em}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
        html.append("<p>就職率の目標 / Employment targets: ")
                .append(check.targets() == null ? "この年度の目標は登録されていません / none registered for this year"
                        : escape(check.targets().citation() + " — " + check.targets().source()))
                .append("</p>\n<p>率は四捨五入で小数第1位まで / Rates rounded half up to one decimal; ")
                .append("目標の判定は端数処理前の値 / targets are judged on the exact ratio.</p>\n");
        for (TypeKpis type : check.kpis()) {
            section(html, type);
        }
        if (check.disabilityPdca() != null) {
            pdca(html, check.disabilityPdca(), check.previousPdcaGrade() == null ? "ー" : check.previousPdcaGrade().label());
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder html, TypeKpis type) {
        html.append("<section>\n<h2>").append(escape(type.type().japanese() + " / " + type.type().english())).append("</h2>\n")
                .append("<table>\n<thead><tr><th>分野 / Field</th><th>計画数 / Planned</th><th>定員数 / Capacity</th>")
                .append("<th>応募者数 / Applicants</th><th>入校者数 / Entrants</th><th>修了者数 / Completers</th>")
                .append("<th>就職者数 / Employed</th><th>定員充足率 / Fill rate</th><th>実施率 / Plan execution</th>")
                .append("<th>応募倍率 / Applications</th><th>就職率 / Employment</th><th>目標 / Target</th>")
                .append("<th>区分 / Category</th></tr></thead>\n<tbody>\n");
        for (Kpis field : type.fields()) {
            row(html, field, false);
        }
        row(html, type.total(), true);
        html.append("</tbody>\n</table>\n");
        chart(html, type);
        html.append("</section>\n");
    }

    private static void row(StringBuilder html, Kpis kpis, boolean total) {
        TrainingResult line = kpis.line();
        html.append(total ? "<tr class=\"total\">" : "<tr>").append("<td>").append(escape(total ? "合計 / Total" : line.field()))
                .append("</td>");
        for (BigDecimal count : Arrays.asList(line.planned(), line.capacity(), line.applicants(), line.entrants(),
                line.completers(), line.employed())) {
            html.append("<td class=\"n\">").append(count == null ? "ー" : count.stripTrailingZeros().toPlainString()).append("</td>");
        }
        html.append(rate(kpis.capacityFillRate())).append(rate(kpis.planExecutionRate())).append(rate(kpis.applicationRatio()));
        String achieved = kpis.employmentTargetAchieved() == null ? "" : kpis.employmentTargetAchieved() ? " hit" : " miss";
        html.append("<td class=\"n").append(achieved).append("\">").append(percent(kpis.employmentRate())).append("</td>")
                .append("<td class=\"n\">").append(kpis.employmentTargetPercent() == null ? "ー"
                        : kpis.employmentTargetPercent().stripTrailingZeros().toPlainString() + "%").append("</td>")
                .append("<td>").append(kpis.flag() == null ? "" : escape(kpis.flag().japanese() + " / " + kpis.flag().english()))
                .append("</td></tr>\n");
    }

    private static String rate(Ratio ratio) {
        return "<td class=\"n\">" + percent(ratio) + "</td>";
    }

    private static String percent(Ratio ratio) {
        return ratio == null ? "ー" : ratio.percentRounded(1).toPlainString() + "%";
    }

    /** Horizontal bars: grey the plan, blue the entrants, one pair per field (or the total when there are no fields). */
    private static void chart(StringBuilder html, TypeKpis type) {
        List<Kpis> lines = new ArrayList<>(type.fields().isEmpty() ? List.of(type.total()) : type.fields());
        lines.removeIf(k -> k.line().planned() == null && k.line().entrants() == null);
        if (lines.isEmpty()) {
            return;
        }
        BigDecimal max = BigDecimal.ONE;
        for (Kpis kpis : lines) {
            for (BigDecimal value : Arrays.asList(kpis.line().planned(), kpis.line().entrants())) {
                max = value == null ? max : max.max(value);
            }
        }
        int height = lines.size() * CHART_ROW_HEIGHT + 30;
        int width = CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 80;
        html.append("<p class=\"legend\"><span style=\"background:#bbb\"></span>計画数 / Planned")
                .append("<span style=\"background:#2a6fb0\"></span>入校者数 / Entrants</p>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n<title>").append(escape("計画と実績 / Plan and actual — " + type.type().japanese()))
                .append("</title>\n");
        int y = 10;
        for (Kpis kpis : lines) {
            String label = kpis.line().isTotal() ? "合計 / Total" : kpis.line().field();
            html.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\">").append(escape(label)).append("</text>\n");
            bar(html, y, kpis.line().planned(), max, "#bbb", "計画数 / Planned");
            bar(html, y + 14, kpis.line().entrants(), max, "#2a6fb0", "入校者数 / Entrants");
            y += CHART_ROW_HEIGHT;
        }
        html.append("</svg>\n");
    }

    private static void bar(StringBuilder html, int y, BigDecimal value, BigDecimal max, String colour, String what) {
        if (value == null) {
            return;
        }
        long length = value.multiply(BigDecimal.valueOf(CHART_BAR_WIDTH)).divide(max, 0, RoundingMode.HALF_UP).longValue();
        String shown = value.stripTrailingZeros().toPlainString();
        html.append("<rect x=\"").append(CHART_LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length)
                .append("\" height=\"12\" fill=\"").append(colour).append("\"><title>").append(escape(what + ": " + shown))
                .append("</title></rect><text x=\"").append(CHART_LABEL_WIDTH + length + 4).append("\" y=\"").append(y + 11)
                .append("\" font-size=\"11\">").append(shown).append("</text>\n");
    }

    private static void pdca(StringBuilder html, PdcaEvaluation evaluation, String previousGrade) {
        html.append("<section>\n<h2>障害者委託訓練 PDCA 評価 / Disability commissioned training PDCA grade</h2>\n<table>\n")
                .append("<tr><th>執行割合 / Execution rate</th><td class=\"n\">")
                .append(evaluation.executionRatePercent().toPlainString()).append("%</td></tr>\n")
                .append("<tr><th>評価 / Grade</th><td>").append(escape(evaluation.grade().label())).append("</td></tr>\n")
                .append("<tr><th>前年度の評価 / Previous grade</th><td>").append(escape(previousGrade)).append("</td></tr>\n")
                .append("<tr><th>次年度計画数 / Next year's plan</th><td class=\"n\">")
                .append(evaluation.nextPlanChangePercent().stripTrailingZeros().toPlainString()).append("%</td></tr>\n")
                .append("<tr><th>就職率向上の改善策 / Improvement plan required</th><td>")
                .append(evaluation.improvementPlanRequired() ? "要 / Yes" : "不要 / No").append("</td></tr>\n")
                .append("<tr><th>厚生労働省ヒアリング / Ministry hearing</th><td>")
                .append(evaluation.ministryHearing() ? "実施 / Yes" : "なし / No").append("</td></tr>\n")
                .append("</table>\n</section>\n");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
