using OndiloFanout.Cli.Query;
using Spectre.Console;

namespace OndiloFanout.Cli.Rendering;

/// <summary>Shows a query's answer: a table for people, or JSON/CSV text for machines.</summary>
internal static class QueryView
{
    public static void Show(IAnsiConsole console, TextWriter machineOut, QueryResult result, QueryFormat format)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(machineOut);
        ArgumentNullException.ThrowIfNull(result);
        switch (format)
        {
            case QueryFormat.Json:
                machineOut.WriteLine(QueryResultWriter.ToJson(result));
                return;
            case QueryFormat.Csv:
                machineOut.Write(QueryResultWriter.ToCsv(result));
                return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in result.Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        foreach (var row in result.Rows)
        {
            table.AddRow(row.Select(value => value is null ? new Markup("[grey]null[/]") : new Markup(Markup.Escape(QueryResultWriter.Text(value)))).ToArray());
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[grey]{result.Rows.Count} row(s)[/]");
    }
}
