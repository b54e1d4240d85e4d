using System.Text;

namespace OndiloFanout.Benchmarks.Reporting;

/// <summary>Writes a GitHub-flavoured Markdown table.</summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.Append("| ").AppendJoin(" | ", header).AppendLine(" |");
        text.Append('|').AppendJoin('|', header.Select(_ => "---")).AppendLine("|");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        }

        text.AppendLine();
    }
}
