using System.Globalization;
using CsCheck;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Pipeline.Fetcher;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>Hostile SQS bodies: each goes to the dead-letter queue at once with its reason; none stops the batch.</summary>
public sealed class PoisonMessagePropertyTests
{
    private static readonly (string Name, string Value)[] ValidFields =
        [("v", "1"), ("runId", "\"r1\""), ("poolId", "234"), ("day", "\"2026-03-09\""), ("types", "[\"ph\",\"orp\"]"), ("window", "\"week\"")];

    private const string Dropped = "<dropped>";

    /// <summary>A valid body with one field dropped, replaced by any JSON value, or cut short; or any text at all.</summary>
    private static readonly Gen<string> Bodies = Gen.OneOf(
        from index in Gen.Int[0, ValidFields.Length - 1]
        from value in Gen.OneOf(ReliabilityGen.JsonValue, Gen.Const(Dropped))
        from cut in Gen.Int[0, 3]
        select Mutate(index, value, cut == 0),
        ReliabilityGen.AnyText,
        ReliabilityGen.JsonValue);

    [Fact]
    public async Task HandleAsync_HostileBody_NeverThrowsAndPoisonIsDeadLetteredWithItsReason()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions());
        var counter = 0;
        var poison = 0;

        await Bodies.SampleAsync(
            async body =>
            {
                var id = (++counter).ToString(CultureInfo.InvariantCulture);
                var result = await rig.Fetcher.HandleAsync(IncomingMessage.Parse(id, body, 1), CancellationToken.None);
                if (!WorkMessageCodec.TryParse(body, out _, out _))
                {
                    Interlocked.Increment(ref poison);
                    Assert.Equal(FetchOutcome.DeadLettered, result.Outcome);
                    Assert.False(string.IsNullOrWhiteSpace(result.Reason));
                }
            },
            iter: 500);

        Assert.All(rig.Queue.DeadLetters, d => Assert.Equal(0, d.ReceiveCount));
        // Every poison body reached the dead-letter queue itself, not only a dead-lettered outcome.
        Assert.True(poison > 0, "the generator produced no poison body");
        Assert.Equal(poison, rig.Queue.DeadLetters.Count(d => !WorkMessageCodec.TryParse(d.Body, out _, out _)));
    }

    [Fact]
    public async Task Drain_PoisonAmongGoodMessages_PoisonDeadLetteredAtOnceAndTheOthersCollected()
    {
        await using var rig = await ReliabilityRig.StartAsync(new RigOptions());
        var plan = await rig.ScheduleAsync("""{"date":"2026-03-09"}""");
        string[] poison = ["", "not json", """{"v":2,"poolId":1}""", """{"v":1,"runId":"r","poolId":-4,"day":"2026-03-09","types":["ph"]}""", "{\"v\":1,\"runId\":\"r\",\"poolId\":"];
        foreach (var body in poison)
        {
            await rig.Queue.SendRawAsync(body, CancellationToken.None);
        }

        await rig.DrainAsync();
        var audit = await rig.AuditLakeAsync(plan);

        Assert.True(audit.Problems.Count == 0, audit.ToString());
        Assert.Equal(poison.Length, rig.Queue.DeadLetters.Count);
        Assert.All(rig.Queue.DeadLetters, d => Assert.Equal(0, d.ReceiveCount));
        // Both pools' March 9 (and the rest of their week window) are in the lake.
        Assert.True(audit.Complete >= 2 * 6, audit.ToString());
    }

    private static string Mutate(int index, string value, bool cut)
    {
        var fields = ValidFields
            .Select((field, i) => i == index ? (field.Name, Value: value) : field)
            .Where(field => field.Value != Dropped)
            .Select(field => $"\"{field.Name}\":{field.Value}");
        var json = "{" + string.Join(',', fields) + "}";
        return cut ? json[..(json.Length * 2 / 3)] : json;
    }
}
