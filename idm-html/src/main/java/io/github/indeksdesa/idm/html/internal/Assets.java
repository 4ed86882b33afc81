// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html.internal;

/** The style sheet and the optional script every page carries inline: no file, font or image is fetched. */
final class Assets {

    private Assets() {
    }

    /** Status colours: one per status, in status order, the same on every page and in print. */
    static final String CSS = """
            :root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--track:#e9e9e9;--accent:#1f4e79;
            --st0:#b2182b;--st1:#ef8a62;--st2:#f6c945;--st3:#67a9cf;--st4:#2166ac}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:var(--ink);background:#fff;
            font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;
            line-height:1.45;font-size:15px}
            h1{font-size:1.6rem;margin:.4rem 0}h2{font-size:1.3rem;margin:1.4rem 0 .5rem;color:var(--accent)}
            h3{font-size:1.05rem;margin:1rem 0 .4rem}
            header.page{border-bottom:3px solid var(--accent);margin-bottom:1rem}
            .muted,.note{color:var(--muted)}
            table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
            th,td{border:1px solid var(--line);padding:.25rem .45rem;text-align:left;vertical-align:top}
            thead th{background:#eef2f6}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            tfoot td,tfoot th{font-weight:bold;background:#f6f6f6}
            th button{font:inherit;color:inherit;text-align:inherit;cursor:pointer;border:0;padding:0;background:none}
            th button::after{content:" \\2195";color:var(--muted)}
            .figures{display:flex;flex-wrap:wrap;gap:.5rem;margin:0;padding:0}
            .figures div{border:1px solid var(--line);border-radius:4px;padding:.35rem .7rem;min-width:8rem}
            .figures dt{font-size:.8rem;color:var(--muted)}.figures dd{margin:0;font-size:1.15rem;font-weight:600}
            .status{display:inline-block;padding:.05rem .45rem;border-radius:3px;font-weight:600;font-size:.85rem;
            white-space:nowrap}
            .st-SANGAT_TERTINGGAL{background:var(--st0);color:#fff;fill:var(--st0)}
            .st-TERTINGGAL{background:var(--st1);color:#000;fill:var(--st1)}
            .st-BERKEMBANG{background:var(--st2);color:#000;fill:var(--st2)}
            .st-MAJU{background:var(--st3);color:#000;fill:var(--st3)}
            .st-MANDIRI{background:var(--st4);color:#fff;fill:var(--st4)}
            .legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;list-style:none;padding:0;margin:.3rem 0;font-size:.85rem}
            .legend li{display:flex;align-items:center;gap:.3rem}
            .legend .swatch{display:inline-block;width:1rem;height:1rem;border:1px solid #555}
            figure{margin:.5rem 0 1rem;break-inside:avoid;page-break-inside:avoid}
            figcaption{font-size:.85rem;color:var(--muted)}
            svg.chart{width:100%;height:auto;display:block;max-width:900px}
            svg text{font-size:12px;fill:var(--ink)}svg text.on-dark{fill:#fff}
            svg .track{fill:var(--track)}svg .value{fill:var(--accent)}svg .grid{stroke:#999;stroke-dasharray:2 2}
            nav.toc ol{columns:2;font-size:.9rem}
            section.village{border-top:2px solid var(--line);margin-top:1.5rem;padding-top:.5rem}
            section.village:first-of-type{border-top:0;margin-top:0}
            footer{margin-top:2rem;border-top:1px solid var(--line);font-size:.8rem;color:var(--muted)}
            a{color:#0b4f8a}
            @page{size:A4;margin:14mm 12mm}
            @media print{
            body{max-width:none;padding:0;font-size:10.5pt}
            nav.toc,th button::after{display:none}
            section.village{break-before:page;page-break-before:always;border-top:0;margin-top:0}
            section.village:first-of-type{break-before:auto;page-break-before:auto}
            section.agency,section.year{break-inside:auto}
            h2,h3{break-after:avoid;page-break-after:avoid}
            tr,figure,svg{break-inside:avoid;page-break-inside:avoid}
            thead{display:table-header-group}
            table{font-size:8.5pt;width:99%}th,td{overflow-wrap:break-word;padding:.15rem .3rem}
            table.weak,table.plan{table-layout:fixed}
            table.weak th:nth-child(1),table.plan th:nth-child(1){width:8%}table.weak th:nth-child(2){width:15%}
            table.weak th:nth-child(3){width:6%}table.weak th:nth-child(4){width:25%}
            table.weak th:nth-child(5){width:24%}table.weak th:nth-child(6){width:22%}
            table.plan th:nth-child(2){width:13%}
            table.plan th:nth-child(3),table.plan th:nth-child(4){width:6%}table.plan th:nth-child(5){width:12%}
            table.plan th:nth-child(6){width:33%}table.plan th:nth-child(7){width:22%}
            .st-SANGAT_TERTINGGAL,.st-TERTINGGAL,.st-BERKEMBANG,.st-MAJU,.st-MANDIRI,.swatch,svg{
            -webkit-print-color-adjust:exact}
            a{color:inherit;text-decoration:none}}
            """;

    /**
     * Sorting of tables marked {@code sortable}: each header becomes a button; cells sort by their
     * {@code data-v} value when they have one, else by text. The page reads the same without it.
     */
    static final String SCRIPT = """
            (function(){
            document.querySelectorAll('table.sortable').forEach(function(table){
            var body=table.tBodies[0];if(!body){return;}
            table.querySelectorAll('thead th').forEach(function(th,col){
            var b=document.createElement('button');b.type='button';b.textContent=th.textContent;
            th.textContent='';th.appendChild(b);th.setAttribute('aria-sort','none');
            b.addEventListener('click',function(){
            var asc=th.getAttribute('aria-sort')!=='ascending';
            table.querySelectorAll('thead th').forEach(function(o){o.setAttribute('aria-sort','none');});
            th.setAttribute('aria-sort',asc?'ascending':'descending');
            var rows=Array.prototype.slice.call(body.rows);
            function key(r){var c=r.cells[col];if(!c){return '';}var v=c.getAttribute('data-v');
            if(v!==null){return parseFloat(v);}var t=c.textContent.trim();var n=Number(t);
            return t!==''&&!isNaN(n)?n:t;}
            rows.sort(function(a,b){var x=key(a),y=key(b);var r=(typeof x==='number'&&typeof y==='number')?x-y:
            String(x).localeCompare(String(y),'id');return asc?r:-r;});
            rows.forEach(function(r){body.appendChild(r);});});});});})();
            """;
}
