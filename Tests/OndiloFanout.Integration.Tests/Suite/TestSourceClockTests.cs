using System.Text.RegularExpressions;
using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.Suite;

/// <summary>
/// No test reads the wall clock, so the suite passes at any hour: every test source is scanned for reads of the
/// system clock. Tools/test-at.sh proves the rest by running the suite with the machine's clock moved.
/// </summary>
[Trait("Category", "TimeSensitive")]
public sealed partial class TestSourceClockTests
{
    [Fact]
    public void TestSources_Scanned_NoneReadsTheWallClock()
    {
        var tests = Path.Combine(RepositoryRoot.Find(), "Tests");

        var reads = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(tests, path)))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (Path: path, Line: line, Number: index + 1)))
            .Where(line => WallClockRead().IsMatch(line.Line))
            .Select(line => $"{Path.GetRelativePath(tests, line.Path)}:{line.Number}: {line.Line.Trim()}")
            .ToList();

        Assert.True(reads.Count == 0, "Use a FakeTimeProvider, or a FixedStartTimeProvider where timers must run:\n" + string.Join('\n', reads));
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b|\bTimeProvider\.System\b")]
    private static partial Regex WallClockRead();
}
