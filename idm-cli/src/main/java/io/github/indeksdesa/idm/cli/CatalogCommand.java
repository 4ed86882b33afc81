package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.LadderStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code idm catalog}: the 50 indicators of the official model. */
@Command(name = "catalog", sortOptions = false,
        description = "List the indicators of the official model: code, index, dimension, ministry label, English "
            + "name, allowed scores and agencies.")
final class CatalogCommand extends BaseCommand {

    /** The output formats. */
    enum Format { table, csv, json }

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        switch (format) {
            case csv:
                out().println("code,index,dimension,label,english_name,allowed_scores,"
                        + List.of(AgencyLevel.values()).stream().map(l -> l.name().toLowerCase())
                                .collect(Collectors.joining(",")));
                for (Indicator i : model.indicators()) {
                    List<String> cells = new ArrayList<>(List.of(i.code(), i.index().name(), i.dimension(), i.label(),
                            i.englishName(), scores(i)));
                    for (AgencyLevel level : AgencyLevel.values()) {
                        cells.add(i.agencies().get(level).orElse(""));
                    }
                    out().println(Csv.line(cells));
                }
                break;
            case json:
                json();
                break;
            default:
                TextTable table = new TextTable(List.of("CODE", "INDEX", "DIMENSION", "LABEL", "ENGLISH NAME",
                        "SCORES", "AGENCIES"));
                for (Indicator i : model.indicators()) {
                    table.add(List.of(i.code(), i.index().name(), i.dimension(), i.label().strip(), i.englishName(),
                            scores(i), ReportCommand.agencies(i)));
                }
                table.print(out());
        }
        return status(false);
    }

    private static String scores(Indicator indicator) {
        return indicator.allowedScores().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private void json() throws IOException {
        JsonGenerator g = Json.pretty(out());
        g.writeStartObject();
        g.writeStringField("model", model.name());
        g.writeStringField("legalBasis", model.legalBasis());
        g.writeArrayFieldStart("indicators");
        for (Indicator i : model.indicators()) {
            g.writeStartObject();
            g.writeStringField("code", i.code());
            g.writeStringField("index", i.index().name());
            g.writeNumberField("number", i.number());
            g.writeStringField("dimension", i.dimension());
            g.writeStringField("label", i.label());
            g.writeStringField("englishName", i.englishName());
            g.writeArrayFieldStart("ladder");
            for (LadderStep step : i.ladder()) {
                g.writeStartObject();
                g.writeNumberField("score", step.score());
                nullable(g, "meaning", step.meaning());
                nullable(g, "activity", step.activity());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("agencies");
            for (AgencyLevel level : AgencyLevel.values()) {
                nullable(g, level.name(), i.agencies().get(level));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        Json.endLine(g);
        g.flush();
    }

    private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
        g.writeStringField(name, value.orElse(null));
    }
}
