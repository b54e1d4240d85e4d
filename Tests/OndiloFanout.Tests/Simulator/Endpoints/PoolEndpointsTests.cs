using System.Net;
using System.Text.Json;
using Xunit;

namespace OndiloFanout.Tests.Simulator.Endpoints;

/// <summary>Body shapes against the documentation's examples (same property names, same JSON kinds).</summary>
public sealed class PoolEndpointsTests
{
    private static Task<SimulatorHarness> CreateSut() => SimulatorHarness.StartAsync();

    [Theory]
    [InlineData("user/info", "user_info.json")]
    [InlineData("user/units", "user_units.json")]
    [InlineData("pools", "pools.json")]
    public async Task Get_AccountEndpoints_ShapedAsTheDocs(string path, string fixture)
    {
        await using var sut = await CreateSut();

        var body = await sut.GetJsonAsync(path);

        AssertSameShape(LoadFixture(fixture), body);
    }

    [Theory]
    [InlineData("device", "pool_device.json")]
    [InlineData("configuration", "pool_configuration.json")]
    [InlineData("shares", "pool_shares.json")]
    public async Task Get_PoolEndpoints_ShapedAsTheDocs(string path, string fixture)
    {
        await using var sut = await CreateSut();

        var body = await sut.GetJsonAsync($"pools/{sut.Host.Account.Pools[0].Id}/{path}");

        AssertSameShape(LoadFixture(fixture), body);
    }

    [Fact]
    public async Task Pools_Always_GroundTruthWithPlus0000UpdatedAt()
    {
        await using var sut = await CreateSut();

        var body = await sut.GetJsonAsync("pools");

        var pools = sut.Host.Account.Pools;
        Assert.Equal(pools.Select(p => p.Id), body.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
        Assert.Equal(pools.Select(p => p.DisinfectionPrimary), body.EnumerateArray().Select(p => p.GetProperty("disinfection").GetProperty("primary").GetString()));
        Assert.All(body.EnumerateArray(), p => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$", p.GetProperty("updated_at").GetString()));
    }

    [Fact]
    public async Task Device_Always_SerialOfThePool()
    {
        await using var sut = await CreateSut();
        var pool = sut.Host.Account.Pools[2];

        var body = await sut.GetJsonAsync($"pools/{pool.Id}/device");

        Assert.Equal(pool.SerialNumber, body.GetProperty("serial_number").GetString());
        Assert.Equal(pool.Uuid, body.GetProperty("uuid").GetString());
    }

    [Theory]
    [InlineData("pools/1/device")]
    [InlineData("pools/abc/configuration")]
    [InlineData("pools/-5/shares")]
    public async Task Get_UnknownPool_404(string path)
    {
        await using var sut = await CreateSut();

        using var response = await sut.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static JsonElement LoadFixture(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ondilo", name))).RootElement.Clone();

    private static void AssertSameShape(JsonElement expected, JsonElement actual, string path = "$")
    {
        Assert.True(Kind(expected) == Kind(actual), $"{path}: expected {expected.ValueKind}, got {actual.ValueKind}");
        if (expected.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(expected.EnumerateObject().Select(p => p.Name).Order(), actual.EnumerateObject().Select(p => p.Name).Order());
            foreach (var property in expected.EnumerateObject())
            {
                AssertSameShape(property.Value, actual.GetProperty(property.Name), $"{path}.{property.Name}");
            }
        }
        else if (expected.ValueKind == JsonValueKind.Array && expected.GetArrayLength() > 0)
        {
            Assert.True(actual.GetArrayLength() > 0, $"{path}: empty array");
            AssertSameShape(expected[0], actual[0], $"{path}[0]");
        }
    }

    // true and false are one kind: a boolean.
    private static JsonValueKind Kind(JsonElement element) =>
        element.ValueKind == JsonValueKind.False ? JsonValueKind.True : element.ValueKind;
}
