namespace OndiloFanout.Cli.Report;

/// <summary>
/// The page's only stylesheet, inlined so the page needs nothing else. It must hold no '&lt;', '&gt;' or '&amp;': the
/// page is also well-formed XML, and an HTML parser would not decode an escaped one inside <c>&lt;style&gt;</c>.
/// </summary>
internal static class ReportStyles
{
    public const string Css = """
        body{font-family:system-ui,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0;background:#f1f3f5;color:#212529}
        main{max-width:1180px;margin:0 auto;padding:12px 24px 32px}
        h1{font-size:22px;margin:8px 0 2px}
        h2{font-size:17px;margin:22px 0 8px;padding-bottom:4px;border-bottom:1px solid #ced4da}
        .pool-id{color:#868e96;font-weight:normal;font-size:14px}
        .meta{color:#495057;margin:0 0 6px;font-size:14px}
        .legend{display:flex;flex-wrap:wrap;gap:18px;list-style:none;padding:0;margin:6px 0 0;font-size:13px;color:#495057}
        .swatch{display:inline-block;width:22px;height:10px;margin-right:6px;vertical-align:middle}
        .swatch.line{height:0;border-top:2px solid #1971c2}
        .swatch.band{background:#d3f9d8;border:1px dashed #40c057}
        .swatch.gap{background:#dee2e6}
        .swatch.invalid{width:auto;height:auto;color:#e03131;font-weight:bold}
        figure{margin:0 0 10px;padding:6px 12px 4px;background:#fff;border:1px solid #dee2e6;border-radius:6px}
        figcaption{font-size:13px;color:#495057}
        figcaption strong{color:#212529;font-size:14px}
        .warn{color:#c92a2a}
        .empty-report{padding:24px;background:#fff;border:1px solid #dee2e6;border-radius:6px}
        svg.chart{display:block;width:100%;height:auto}
        .plot-area{fill:#fff;stroke:#adb5bd}
        .grid{stroke:#e9ecef}
        .tick{font-size:11px;fill:#495057}
        .y-axis .tick{text-anchor:end}
        .x-axis .tick{text-anchor:middle}
        .axis-label{font-size:12px;fill:#343a40;text-anchor:middle}
        .threshold-band{fill:#d3f9d8;fill-opacity:.75}
        .threshold-line{stroke:#40c057;stroke-dasharray:5 3}
        .threshold-label{font-size:10px;fill:#2b8a3e;text-anchor:end}
        .gap{fill:#dee2e6;fill-opacity:.8}
        .series{fill:none;stroke-width:1.6;stroke-linejoin:round;stroke-linecap:round}
        .invalid-marker{stroke:#e03131;stroke-width:1.8}
        .empty{font-size:13px;fill:#868e96;text-anchor:middle}
        """;
}
