using OndiloFanout.Cli.Query;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Rendering;

public sealed class QueryViewTests
{
    [Fact]
    public void Show_TableOfAverages_RoundsForPeopleWhileJsonKeepsEveryDigit()
    {
        using var console = new CliTestConsole();
        var result = new QueryResult { Columns = ["type", "avg_value", "n"], Rows = [["tds", 952.4328571428572, 700L], ["ph", 7.1197585227272775, 704L], ["tiny", 0.000123456, 1L]] };

        console.Ui.ShowQuery(result, QueryFormat.Table);
        console.Ui.ShowQuery(result, QueryFormat.Json);

        Assert.Contains("│ 952.433 ", console.Human, StringComparison.Ordinal);
        Assert.Contains("│ 7.12 ", console.Human, StringComparison.Ordinal);
        Assert.Contains("│ 0.000123 ", console.Human, StringComparison.Ordinal);
        Assert.DoesNotContain("952.4328", console.Human, StringComparison.Ordinal);
        Assert.Contains("952.4328571428572", console.Json, StringComparison.Ordinal);
    }
}
