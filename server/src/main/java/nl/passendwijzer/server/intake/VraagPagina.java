package nl.passendwijzer.server.intake;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import nl.passendwijzer.server.http.FieldProblem;

import static nl.passendwijzer.server.intake.Html.e;

/** Small server-rendered Dutch pages for the no-JavaScript form: confirmation, field errors, status. */
final class VraagPagina {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("rol", "Wie stelt de vraag?"), Map.entry("leeftijdsband", "Leeftijd van de leerling"),
            Map.entry("naam", "Naam (mag leeg)"), Map.entry("email", "E-mailadres (mag leeg)"),
            Map.entry("telefoon", "Telefoonnummer (mag leeg)"), Map.entry("voorkeurskanaal", "Hoe wilt u antwoord?"),
            Map.entry("sector", "Soort onderwijs"), Map.entry("leeftijd", "Leeftijd van het kind"),
            Map.entry("huidigeSchool", "Huidige school (code)"), Map.entry("aangemeldeSchool", "Aangemeld bij school (code)"),
            Map.entry("postcode", "Postcode"), Map.entry("categorie", "Onderwerp"), Map.entry("vraag", "Uw vraag"),
            Map.entry("thuiszitten", "Het kind zit nu thuis"), Map.entry("aanmelddatum", "Datum van aanmelden"),
            Map.entry("toestemming", "Toestemming"), Map.entry("toestemmingVersie", "Versie toestemmingstekst"),
            Map.entry("formulierToken", "Formulier"));

    private VraagPagina() {
    }

    static String bevestiging(JsonObject body) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Uw vraag is verstuurd</h1>")
                .append("<p>Referentie: <strong>").append(e(body.getString("referentie"))).append("</strong></p>")
                .append("<p>Bewaar deze code (uw volgcode): <strong>").append(e(body.getString("volgcode"))).append("</strong></p>")
                .append("<p>").append(e(body.getString("melding"))).append("</p>");
        if (body.containsKey("swv")) {
            html.append("<p>Uw vraag gaat naar het informatiepunt van ")
                    .append(e(body.getJsonObject("swv").getString("naam"))).append(".</p>");
        } else {
            html.append("<p>Uw vraag gaat naar het landelijk loket.</p>");
        }
        html.append("<p>").append(e(body.getJsonObject("routering").getString("reden"))).append("</p>")
                .append("<p>U krijgt uiterlijk <strong>").append(e(datum(body.getString("verwachtAntwoordVoor"))))
                .append("</strong> een eerste antwoord.</p>");
        if (body.containsKey("zorgplicht")) {
            JsonObject z = body.getJsonObject("zorgplicht");
            html.append("<p>De school moet beslissen vóór ").append(e(z.getString("besluitVoor")))
                    .append(" (met verlenging uiterlijk ").append(e(z.getString("uiterlijkVoor"))).append("). ")
                    .append(e(z.getString("uitleg"))).append("</p>");
        }
        List<JsonObject> suggesties = body.getJsonArray("suggesties").getValuesAs(JsonObject.class);
        if (!suggesties.isEmpty()) {
            html.append("<h2>Dit kunt u alvast lezen</h2><ul>");
            for (JsonObject s : suggesties) {
                html.append("<li><a href=\"").append(e(s.getString("url", ""))).append("\">")
                        .append(e(s.getString("titel", ""))).append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("<p><a href=\"/volg\">Naar Volg je vraag</a></p>");
        return Html.page("Vraag verstuurd", html.toString());
    }

    static String fouten(List<FieldProblem> fouten, Map<String, Object> waarden, String detail) {
        StringBuilder html = new StringBuilder("<h1>Controleer uw vraag</h1><div role=\"alert\"><p>")
                .append(e(detail)).append("</p><ul>");
        for (FieldProblem f : fouten) {
            html.append("<li><a href=\"#").append(e(f.veld())).append("\">")
                    .append(e(LABELS.getOrDefault(f.veld(), f.veld()))).append("</a>: ").append(e(f.melding()))
                    .append("</li>");
        }
        html.append("</ul></div><form method=\"post\" action=\"/api/vragen/formulier\">");
        for (String veld : List.of("rol", "leeftijdsband", "naam", "email", "telefoon", "voorkeurskanaal", "sector",
                                   "leeftijd", "huidigeSchool", "aangemeldeSchool", "postcode", "categorie",
                                   "aanmelddatum")) {
            veld(html, veld, fouten, text(waarden.get(veld)), false);
        }
        veld(html, "vraag", fouten, text(waarden.get("vraag")), true);
        for (String vink : List.of("thuiszitten", "toestemming")) {
            html.append("<p><label><input type=\"checkbox\" id=\"").append(vink).append("\" name=\"").append(vink)
                    .append("\" value=\"ja\"").append(aangevinkt(waarden.get(vink)) ? " checked" : "").append("> ")
                    .append(e(LABELS.get(vink))).append("</label>").append(melding(fouten, vink)).append("</p>");
        }
        for (String hidden : List.of("toestemmingVersie", "formulierToken")) {
            html.append("<input type=\"hidden\" name=\"").append(hidden).append("\" value=\"")
                    .append(e(text(waarden.get(hidden)))).append("\">");
        }
        html.append("<p><button type=\"submit\">Verstuur mijn vraag</button></p></form>");
        return Html.page("Controleer uw vraag", html.toString());
    }

    /** Fields with a fixed set of values: code to Dutch label, shown as a select. */
    private static final Map<String, Map<String, String>> KEUZES = Map.of(
            "rol", ordered(List.of("ouder", "Ouder of verzorger", "leerling", "Leerling", "anders", "Iemand anders")),
            "leeftijdsband", ordered(List.of("onder-12", "Jonger dan 12", "12-15", "12 tot 15 jaar", "16-17", "16 of 17 jaar",
                                             "18-plus", "18 of ouder")),
            "voorkeurskanaal", ordered(List.of("alleen-site", "Alleen op de site", "email", "Per e-mail", "telefoon",
                                               "Telefonisch")),
            "sector", java.util.Arrays.stream(nl.passendwijzer.server.routing.VraagSector.values()).collect(
                    java.util.stream.Collectors.<nl.passendwijzer.server.routing.VraagSector, String, String, Map<String, String>>toMap(
                            v -> v.code(), v -> v.label(), (a, b) -> a, java.util.LinkedHashMap::new)),
            "categorie", java.util.Arrays.stream(Categorie.values()).collect(
                    java.util.stream.Collectors.<Categorie, String, String, Map<String, String>>toMap(
                            Categorie::code, Categorie::label, (a, b) -> a, java.util.LinkedHashMap::new)));

    private static Map<String, String> ordered(List<String> codeLabel) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codeLabel.size(); i += 2) {
            map.put(codeLabel.get(i), codeLabel.get(i + 1));
        }
        return map;
    }

    private static void veld(StringBuilder html, String veld, List<FieldProblem> fouten, String waarde, boolean groot) {
        boolean fout = fouten.stream().anyMatch(f -> f.veld().equals(veld));
        String aria = fout ? " aria-invalid=\"true\" aria-describedby=\"" + veld + "-fout\"" : "";
        html.append("<p><label for=\"").append(veld).append("\">").append(e(LABELS.get(veld))).append("</label><br>");
        if (KEUZES.containsKey(veld)) {
            html.append("<select id=\"").append(veld).append("\" name=\"").append(veld).append("\"").append(aria)
                    .append("><option value=\"\">Kies…</option>");
            KEUZES.get(veld).forEach((code, label) -> html.append("<option value=\"").append(e(code)).append("\"")
                    .append(code.equals(waarde) ? " selected" : "").append(">").append(e(label)).append("</option>"));
            html.append("</select>");
        } else if (groot) {
            html.append("<textarea id=\"").append(veld).append("\" name=\"").append(veld).append("\" rows=\"8\"").append(aria).append(">")
                    .append(e(waarde)).append("</textarea>");
        } else {
            html.append("<input type=\"text\" id=\"").append(veld).append("\" name=\"").append(veld).append("\"").append(aria)
                    .append(" value=\"")
                    .append(e(waarde)).append("\">");
        }
        html.append(melding(fouten, veld)).append("</p>");
    }

    private static String melding(List<FieldProblem> fouten, String veld) {
        return fouten.stream().filter(f -> f.veld().equals(veld)).findFirst()
                .map(f -> "<br><strong class=\"fout\" id=\"" + e(veld) + "-fout\">" + e(f.melding()) + "</strong>").orElse("");
    }

    private static String text(Object value) {
        return value instanceof String s ? s : value == null ? "" : "";
    }

    private static boolean aangevinkt(Object value) {
        return value instanceof String s && List.of("on", "true", "ja", "1").contains(s.strip().toLowerCase());
    }

    /**
     * The status page without JavaScript, with forms to react and to withdraw. They carry the volgcode the asker
     * just typed, as hidden fields of a page that is never cached; it is what proves the asker, so no other token.
     *
     * @param bevestiging what was just done ("Uw reactie is verstuurd."), or null
     * @param fout        why the reaction or the withdrawal was not done, or null
     * @param tekst       the reaction to show again after an error, or null
     */
    static String status(VraagViews.StatusView s, String volgcode, String bevestiging, String fout, String tekst) {
        StringBuilder html = new StringBuilder();
        if (bevestiging != null) {
            html.append("<div class=\"melding goed\" role=\"status\"><p>").append(e(bevestiging)).append("</p></div>");
        }
        if (fout != null) {
            html.append("<div class=\"melding fout\" role=\"alert\"><p>").append(e(fout)).append("</p></div>");
        }
        html.append("<h1>Uw vraag ").append(e(s.referentie())).append("</h1>")
                .append("<p>Status: <strong>").append(e(s.statusLabel())).append("</strong></p>")
                .append("<p>Onderwerp: ").append(e(s.categorieLabel())).append("</p>")
                .append("<p>Bij: ").append(s.swv() != null ? e(s.swv().naam()) : "het landelijk loket").append("</p>")
                .append("<p>Eerste antwoord uiterlijk: ").append(e(datum(s.verwachtAntwoordVoor()))).append("</p>")
                .append("<h2>Uw vraag</h2><p class=\"vraagtekst\">").append(e(s.vraag())).append("</p>");
        if (!s.berichten().isEmpty()) {
            html.append("<h2>Berichten</h2>");
            for (VraagViews.BerichtView b : s.berichten()) {
                html.append("<article><h3>").append("antwoord".equals(b.soort()) ? "Antwoord" : "Uw reactie")
                        .append(" (").append(e(b.geplaatstOp())).append(")</h3><p>").append(e(b.tekst()))
                        .append("</p></article>");
            }
        }
        if (!VraagStatus.of(s.status()).afgesloten()) {
            String verborgen = "<input type=\"hidden\" name=\"referentie\" value=\"" + e(s.referentie()) + "\">"
                    + "<input type=\"hidden\" name=\"volgcode\" value=\"" + e(volgcode) + "\">";
            html.append("<h2>Reageren</h2><form method=\"post\" action=\"/api/vragen/reactie\">").append(verborgen)
                    .append("<div class=\"veld\"><label for=\"tekst\">Uw reactie of extra informatie</label>")
                    .append("<textarea id=\"tekst\" name=\"tekst\" rows=\"6\" maxlength=\"").append(VraagValidator.TEKST_MAX)
                    .append("\">").append(tekst == null ? "" : e(tekst)).append("</textarea></div>")
                    .append("<button type=\"submit\">Reactie versturen</button></form>")
                    .append("<h2>Vraag verwijderen</h2><p>Wilt u niet dat we uw vraag bewaren? Dan kunt u hem verwijderen. ")
                    .append("Het informatiepunt kan hem dan niet meer lezen.</p>")
                    .append("<form method=\"post\" action=\"/api/vragen/intrekken\">").append(verborgen)
                    .append("<div class=\"veld\"><input type=\"checkbox\" id=\"bevestig\" name=\"bevestig\" value=\"ja\">")
                    .append(" <label for=\"bevestig\">Ja, verwijder mijn vraag en de berichten</label></div>")
                    .append("<button type=\"submit\" class=\"secundair\">Vraag verwijderen</button></form>");
        }
        return Html.page("Uw vraag", html.toString());
    }

    /** yyyy-mm-dd as a Dutch date ("15 december 2026"); anything else as given. */
    static String datum(String iso) {
        try {
            return java.time.LocalDate.parse(iso).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                                                                                                     java.util.Locale.of("nl", "NL")));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    static String melding(String titel, String tekst) {
        return Html.page(titel, "<h1>" + e(titel) + "</h1><p>" + e(tekst) + "</p><p><a href=\"/\">Naar de voorpagina</a></p>");
    }
}
