using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ondilo.Simulator;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Cli.Commands;

/// <summary>
/// Every README example query (<see cref="LakeQueries.All"/>), run with <c>ondilo-fanout query</c> on a lake made by
/// <c>run --simulate --month</c>, checked against the simulator's ground truth. The lake's oldest day is partial
/// (the API's 30-day history starts inside it), so exact comparisons use the days after it.
/// </summary>
public sealed class QueryCommandExampleTests(QuerySimulatedLakeFixture lake) : IClassFixture<QuerySimulatedLakeFixture>
{
    private DateOnly Today => UtcDay.Of(lake.RunAt);

    private DateOnly OldestDay => UtcDay.Of(lake.RunAt - HistoryWindow.Depth);

    private IEnumerable<SimulatedPool> Pools => lake.Account.Pools;

    [Fact]
    public async Task DailyStats_EveryCompleteDay_MatchesTheSimulatorsMinAvgMaxAndCount()
    {
        foreach (var pool in Pools)
        {
            var rows = await QueryCliRunner.QueryAsync(lake.Lake, LakeQueries.DailyStats.Sql, Id(pool));

            var complete = rows.Where(r => Day(r, "day_utc") > OldestDay).ToArray();
            var expectedKeys = DaysAfterOldest().SelectMany(day => lake.Account.TypesOf(pool.Id).Select(type => (type, day))).ToHashSet();
            Assert.Equal(expectedKeys, complete.Select(r => (r.GetProperty("type").GetString()!, Day(r, "day_utc"))).ToHashSet());
            foreach (var row in complete)
            {
                var day = Day(row, "day_utc");
                var truth = ValidValues(pool, row.GetProperty("type").GetString()!, UtcDay.Start(day), UtcDay.End(day));
                Assert.Equal(truth.Min(), row.GetProperty("min_value").GetDouble());
                Assert.Equal(truth.Max(), row.GetProperty("max_value").GetDouble());
                Assert.Equal(truth.Average(), row.GetProperty("avg_value").GetDouble(), 1e-9);
                Assert.Equal(truth.Length, row.GetProperty("measures").GetInt64());
            }
        }
    }

    [Fact]
    public async Task LatestValues_EachType_IsTheSimulatorsLastMeasureBeforeTheRunDay()
    {
        foreach (var pool in Pools)
        {
            var rows = await QueryCliRunner.QueryAsync(lake.Lake, LakeQueries.LatestValues.Sql, Id(pool));

            Assert.Equal(lake.Account.TypesOf(pool.Id).Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("type").GetString()!));
            foreach (var row in rows)
            {
                var last = lake.Account.Measures(pool.Id, row.GetProperty("type").GetString()!, UtcDay.Start(Today.AddDays(-1)), UtcDay.Start(Today))[^1];
                Assert.Equal(last.ValueTime, DateTimeOffset.Parse(row.GetProperty("valuetime").GetString()!, CultureInfo.InvariantCulture));
                Assert.Equal(last.Value, row.GetProperty("value").ValueKind == JsonValueKind.Null ? null : row.GetProperty("value").GetDouble());
            }
        }
    }

    [Fact]
    public async Task OutsideThresholds_AfterTheOldestDay_ListsEveryValidMeasureOutsideTheConfiguredThresholds()
    {
        using var configuration = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ondilo", "pool_configuration.json")));
        foreach (var pool in Pools)
        {
            var rows = await QueryCliRunner.QueryAsync(lake.Lake, LakeQueries.OutsideThresholds.Sql, Id(pool));

            var from = UtcDay.Start(OldestDay.AddDays(1));
            var expected = lake.Account.TypesOf(pool.Id)
                .Where(type => configuration.RootElement.TryGetProperty(type + "_low", out _))
                .SelectMany(type => lake.Account.Measures(pool.Id, type, from, UtcDay.Start(Today))
                    .Where(m => m.IsValid && m.Value is { } v && (v < configuration.RootElement.GetProperty(type + "_low").GetDouble() || v > configuration.RootElement.GetProperty(type + "_high").GetDouble()))
                    .Select(m => (Hour(m.ValueTime), type, m.Value!.Value)))
                .ToHashSet();
            var actual = rows
                .Select(r => (Hour: DateTimeOffset.Parse(r.GetProperty("hour_utc").GetString()! + "Z", CultureInfo.InvariantCulture), Type: r.GetProperty("type").GetString()!, Value: r.GetProperty("value").GetDouble()))
                .Where(r => r.Hour >= from)
                .ToHashSet();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task Gaps_MonthBackfill_FlagsEachTypeOfTheOldestPartialDayWithItsHours()
    {
        foreach (var pool in Pools)
        {
            var rows = await QueryCliRunner.QueryAsync(lake.Lake, LakeQueries.Gaps.Sql, Id(pool));

            // Every later day has all 24 hourly measures in the simulator, so only the day the history cuts is short.
            Assert.All(DaysAfterOldest(), day => Assert.All(lake.Account.TypesOf(pool.Id), type =>
                Assert.Equal(24, lake.Account.Measures(pool.Id, type, UtcDay.Start(day), UtcDay.End(day)).Count)));
            var expected = lake.Account.TypesOf(pool.Id)
                .Select(type => (OldestDay, type, (long)lake.Account.Measures(pool.Id, type, lake.RunAt - HistoryWindow.Depth, UtcDay.End(OldestDay))
                    .Select(m => Hour(m.ValueTime)).Distinct().Count()))
                .ToHashSet();
            Assert.All(expected, gap => Assert.InRange(gap.Item3, 1, 19));
            Assert.Equal(expected, rows.Select(r => (Day(r, "day_utc"), r.GetProperty("type").GetString()!, r.GetProperty("hours").GetInt64())).ToHashSet());
        }
    }

    [Fact]
    public void Readme_QueryYourData_ShowsEveryExampleQueryExactlyAsTested()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Query your data", StringComparison.Ordinal)..];

        Assert.All(LakeQueries.All, query =>
        {
            Assert.Contains($"```sql\n{query.Sql.ReplaceLineEndings("\n")}\n```", section, StringComparison.Ordinal);
            Assert.Contains($"(`{query.Name}`", section, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Readme_OneLineQueries_RunOnTheLakeAndTheAthenaOneIsALocalOne()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var local = Regex.Matches(readme, "-- query \"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        var athena = Regex.Matches(readme, "--query-string \"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(local);
        Assert.NotEmpty(athena);
        Assert.All(athena, sql => Assert.Contains(sql, local));
        foreach (var sql in local)
        {
            var rows = await QueryCliRunner.QueryAsync(lake.Lake, sql, sql.Contains('?', StringComparison.Ordinal) ? [Id(Pools.First())] : []);
            Assert.NotEmpty(rows);
        }
    }

    [Fact]
    public async Task Query_CsvAndTable_ShowTheSameRowsAsJson()
    {
        var pool = Id(Pools.First());
        var json = await QueryCliRunner.QueryAsync(lake.Lake, LakeQueries.LatestValues.Sql, pool);

        var (csvExit, csv, _) = await QueryCliRunner.QueryCommandAsync(LakeQueries.LatestValues.Sql, "--out", lake.Lake, "--param", pool, "--csv");
        var (tableExit, _, table) = await QueryCliRunner.QueryCommandAsync(LakeQueries.LatestValues.Sql, "--out", lake.Lake, "--param", pool);

        Assert.Equal((0, 0), (csvExit, tableExit));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type,value,unit,valuetime", lines[0]);
        Assert.Equal(json.Count, lines.Length - 1);
        Assert.All(json, row => Assert.Contains(row.GetProperty("valuetime").GetString()!, table, StringComparison.Ordinal));
        Assert.Contains($"{json.Count} row(s)", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_TablesAndViews_HaveTheAthenaColumns()
    {
        var raw = await QueryCliRunner.QueryAsync(lake.Lake, $"SELECT * FROM {LakeSchema.MeasuresTable} LIMIT 1");
        var pools = await QueryCliRunner.QueryAsync(lake.Lake, $"SELECT * FROM {LakeSchema.PoolSnapshotsTable} LIMIT 1");

        Assert.Equal(LakeSchema.MeasureColumns.Select(c => c.Name).Concat(LakeSchema.MeasurePartitions), Names(raw[0]));
        Assert.Equal(LakeSchema.PoolSnapshotColumns.Select(c => c.Name).Append(LakeLayout.PoolSnapshotPartition), Names(pools[0]));
    }

    [Fact]
    public async Task Query_MeasuresView_HasOneRowPerRecordId()
    {
        var rows = await QueryCliRunner.QueryAsync(lake.Lake, "SELECT count(*) AS n, count(DISTINCT recordid) AS ids FROM measures");

        Assert.Equal(lake.Summary.GetProperty("records").GetInt64(), rows[0].GetProperty("n").GetInt64());
        Assert.Equal(rows[0].GetProperty("n").GetInt64(), rows[0].GetProperty("ids").GetInt64());
    }

    [Fact]
    public async Task Query_BadSql_ExitsWithUsageAndTheEnginesMessage()
    {
        var (exitCode, machineOut, consoleOut) = await QueryCliRunner.QueryCommandAsync("SELECT nope FROM measures", "--out", lake.Lake, "--json");

        Assert.Equal(2, exitCode);
        Assert.Empty(machineOut);
        Assert.Contains("nope", consoleOut, StringComparison.Ordinal);
    }

    private IEnumerable<DateOnly> DaysAfterOldest() => new DayRange(OldestDay.AddDays(1), Today.AddDays(-1)).Days();

    private double[] ValidValues(SimulatedPool pool, string type, DateTimeOffset from, DateTimeOffset to) =>
        lake.Account.Measures(pool.Id, type, from, to).Where(m => m.IsValid && m.Value.HasValue).Select(m => m.Value!.Value).ToArray();

    private static string Id(SimulatedPool pool) => pool.Id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Day(JsonElement row, string column) => DateOnly.ParseExact(row.GetProperty(column).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Hour(DateTimeOffset time) => new(time.Year, time.Month, time.Day, time.Hour, 0, 0, TimeSpan.Zero);

    private static IEnumerable<string> Names(JsonElement row) => row.EnumerateObject().Select(p => p.Name);
}
