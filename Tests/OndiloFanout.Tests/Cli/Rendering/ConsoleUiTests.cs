using OndiloFanout.Cli.Rendering;
using Xunit;

namespace OndiloFanout.Tests.Cli.Rendering;

public sealed class ConsoleUiTests
{
    [Theory]
    [InlineData(0, "0.0 s")]
    [InlineData(5_679, "5.7 s")]
    [InlineData(59_949, "59.9 s")]
    [InlineData(60_000, "1.0 min")]
    [InlineData(754_000, "12.6 min")]
    [InlineData(3_600_000, "1.0 h")]
    [InlineData(122_760_000, "34.1 h")]
    public void Span_ReadsInTheLargestWholeUnit(double milliseconds, string expected) =>
        Assert.Equal(expected, ConsoleUi.Span(milliseconds));
}
