package org.healthdirectory.professional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out in Java, drawn as inline SVG by the template: no script, no
 * image files. The page also shows the same figures in a table for screen readers and printing.
 */
public record BarChart(String title, String description, int width, int height, List<Bar> bars) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_SPACE = 300;
    static final int ROW = 34;

    public record Bar(String label, long value, int y, int barWidth, int textY, int valueX) {}

    static BarChart of(String title, Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 8;
        for (var entry : values.entrySet()) {
            int barWidth = max == 0 ? 0 : (int) Math.round(BAR_SPACE * (double) entry.getValue() / max);
            bars.add(new Bar(entry.getKey(), entry.getValue(), y, barWidth, y + 17, LABEL_WIDTH + barWidth + 6));
            y += ROW;
        }
        String description =
                String.join(
                                "; ",
                                values.entrySet().stream()
                                        .map(e -> e.getKey() + ": " + e.getValue())
                                        .toList()) + ".";
        return new BarChart(title, description, LABEL_WIDTH + BAR_SPACE + 60, y + 8, bars);
    }

    public int labelWidth() {
        return LABEL_WIDTH;
    }
}
