// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.LadderStep;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.Item;
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
        if (index == IndeksDesaVillages.Edition.id) {
            indeksDesa();
            return status(false);
        }
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

    /** The 127 Indeks Desa items, code first. */
    private void indeksDesa() throws IOException {
        IndeksDesaModel m = IndeksDesaVillages.MODEL;
        switch (format) {
            case csv:
                out().println("code,dimension,sub_dimension,indicator,name,observed_scores,"
                        + List.of(AgencyLevel.values()).stream().map(l -> l.name().toLowerCase())
                                .collect(Collectors.joining(",")));
                for (Item i : m.items()) {
                    List<String> cells = new ArrayList<>(List.of(i.code(), i.dimension().code(), i.subDimension(),
                            i.indicator(), i.name(), observed(i)));
                    for (AgencyLevel level : AgencyLevel.values()) {
                        cells.add(i.agencies().get(level).orElse(""));
                    }
                    out().println(Csv.line(cells));
                }
                break;
            case json:
                JsonGenerator g = start(m.name(), m.legalBasis(), "items");
                for (Item i : m.items()) {
                    g.writeStartObject();
                    g.writeStringField("code", i.code());
                    g.writeStringField("dimension", i.dimension().code());
                    g.writeStringField("subDimension", i.subDimension());
                    g.writeStringField("indicator", i.indicator());
                    g.writeStringField("name", i.name());
                    g.writeStringField("header", i.header());
                    g.writeArrayFieldStart("observedScores");
                    for (int s : i.observedScores()) {
                        g.writeNumber(s);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("steps");
                    for (int s = IndeksDesaModel.MIN_SCORE; s < IndeksDesaModel.MAX_SCORE; s++) {
                        if (i.recommendation(s).isPresent() || i.activity(s).isPresent()) {
                            g.writeStartObject();
                            g.writeNumberField("score", s);
                            nullable(g, "recommendation", i.recommendation(s));
                            nullable(g, "activity", i.activity(s));
                            g.writeEndObject();
                        }
                    }
                    g.writeEndArray();
                    agencies(g, i.agencies());
                    g.writeEndObject();
                }
                end(g);
                break;
            default:
                TextTable table = new TextTable(List.of("CODE", "DIMENSION", "SUB-DIMENSION", "NAME", "SCORES"));
                for (Item i : m.items()) {
                    table.add(List.of(i.code(), i.dimension().code(), i.subDimension(), i.name().strip(),
                            observed(i)));
                }
                table.print(out());
        }
    }

    private static String observed(Item item) {
        return item.observedScores().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String scores(Indicator indicator) {
        return indicator.allowedScores().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private void json() throws IOException {
        JsonGenerator g = start(model.name(), model.legalBasis(), "indicators");
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
            agencies(g, i.agencies());
            g.writeEndObject();
        }
        end(g);
    }

    /** Starts the JSON catalog: the model's name and legal basis, then the array of its units. */
    private JsonGenerator start(String name, String legalBasis, String units) throws IOException {
        JsonGenerator g = Json.pretty(out());
        g.writeStartObject();
        g.writeStringField("model", name);
        g.writeStringField("legalBasis", legalBasis);
        g.writeArrayFieldStart(units);
        return g;
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        Json.endLine(g);
        g.flush();
    }

    private static void agencies(JsonGenerator g, Agencies agencies) throws IOException {
        g.writeObjectFieldStart("agencies");
        for (AgencyLevel level : AgencyLevel.values()) {
            nullable(g, level.name(), agencies.get(level));
        }
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
        g.writeStringField(name, value.orElse(null));
    }
}
