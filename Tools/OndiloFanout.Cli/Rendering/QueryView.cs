using System.Globalization;
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
            table.AddRow(row.Select(value => value is null ? new Markup("[grey]null[/]") : new Markup(Markup.Escape(Readable(value)))).ToArray());
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[grey]{result.Rows.Count} row(s)[/]");
    }

    // For people, an average shows three decimals at most (952.433, not 952.4328571428572); JSON and CSV keep every digit.
    private static string Readable(object value) => value switch
    {
        double number when double.IsFinite(number) && (number == 0 || Math.Abs(number) >= 0.001) => Math.Round(number, 3).ToString("0.###", CultureInfo.InvariantCulture),
        double number => number.ToString("G3", CultureInfo.InvariantCulture),
        decimal number => Math.Round(number, 3).ToString("0.###", CultureInfo.InvariantCulture),
        _ => QueryResultWriter.Text(value),
    };
}
