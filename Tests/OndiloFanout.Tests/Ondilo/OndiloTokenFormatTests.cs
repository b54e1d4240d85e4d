using CsCheck;
using OndiloFanout.Ondilo;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class OndiloTokenFormatTests
{
    private const string Secret = "s3cr3t";

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tokens", name));

    private static OndiloToken CreateToken() => new()
    {
        AccessToken = "fixture-access-0001",
        RefreshToken = "fixture-refresh-0001",
        TokenType = "Bearer",
        Scope = "api",
        ExpiresAt = new DateTimeOffset(2026, 11, 24, 13, 45, 10, TimeSpan.Zero),
    };

    [Fact]
    public void Serialize_KnownToken_MatchesGoldenFile()
    {
        Assert.Equal(Fixture("stored-token.json"), OndiloTokenFormat.Serialize(CreateToken()));
    }

    [Fact]
    public void Parse_GoldenFile_ReadsEveryField()
    {
        Assert.Equal(CreateToken(), OndiloTokenFormat.Parse(Fixture("stored-token.json")));
    }

    [Fact]
    public void Serialize_FractionalExpiryAndNoScope_RoundTrips()
    {
        var token = CreateToken() with { Scope = null, ExpiresAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567) };

        var json = OndiloTokenFormat.Serialize(token);

        Assert.DoesNotContain("scope", json, StringComparison.Ordinal);
        Assert.Contains("\"expires_at\":\"2026-01-02T03:04:05.1234567Z\"", json, StringComparison.Ordinal);
        Assert.Equal(token, OndiloTokenFormat.Parse(json));
    }

    [Fact]
    public void Serialize_AnyToken_RoundTrips()
    {
        var visibleAscii = Gen.String[Gen.Char['!', '~'], 1, 200];
        var expiry = Gen.Long[DateTimeOffset.UnixEpoch.Ticks, new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks]
            .Select(t => new DateTimeOffset(t, TimeSpan.Zero));
        var tokens = Gen.Select(visibleAscii, visibleAscii, expiry, Gen.String[Gen.Char.AlphaNumeric, 0, 20].Null())
            .Select((access, refresh, at, scope) => new OndiloToken { AccessToken = access, RefreshToken = refresh, ExpiresAt = at, Scope = scope });

        tokens.Sample(token => Assert.Equal(token, OndiloTokenFormat.Parse(OndiloTokenFormat.Serialize(token))), iter: 100);
    }

    [Fact]
    public void Parse_PythonSecret_ReadsEveryField()
    {
        var token = OndiloTokenFormat.Parse(Fixture("python-secret.txt"));

        Assert.Equal("fixture-access-0002", token.AccessToken);
        Assert.Equal("fixture-refresh-0002", token.RefreshToken);
        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal("api", token.Scope);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), token.ExpiresAt);
    }

    [Fact]
    public void Parse_PythonSecretWithEveryLiteralKind_ReadsTokenFields()
    {
        var token = OndiloTokenFormat.Parse(Fixture("python-secret-variants.txt"));

        Assert.Equal("fixture-access-0003", token.AccessToken);
        Assert.Equal("fixture-refresh-0003", token.RefreshToken);
        Assert.Equal("api offline", token.Scope);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), token.ExpiresAt);
    }

    [Theory]
    [InlineData("{'access_token': 'a', 'refresh_token': 'b', 'expires_at': 1700000000}", 1_700_000_000L)]
    [InlineData("{\"access_token\": \"a\", \"refresh_token\": \"b\", \"expires_at\": 1700000000}", 1_700_000_000L)]
    [InlineData("{\"access_token\": \"a\", \"refresh_token\": \"b\", \"expires_at\": \"2023-11-14T22:13:20+00:00\"}", 1_700_000_000L)]
    [InlineData("\uFEFF  {'access_token': 'a', 'refresh_token': 'b', 'expires_at': '2023-11-14 22:13:20'}\n", 1_700_000_000L)]
    public void Parse_ExpiryForms_ReadAsUtc(string text, long epochSeconds)
    {
        var token = OndiloTokenFormat.Parse(text);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(epochSeconds), token.ExpiresAt);
        Assert.Equal(TimeSpan.Zero, token.ExpiresAt.Offset);
    }

    [Theory]
    [InlineData("{\"access_token\": \"a\", \"refresh_token\": \"b\"}")]
    [InlineData("{'access_token': 'a', 'refresh_token': 'b', 'expires_at': None}")]
    public void Parse_NoExpiry_TreatedAsExpired(string text)
    {
        var token = OndiloTokenFormat.Parse(text);

        Assert.True(token.ExpiresWithin(DateTimeOffset.UnixEpoch.AddYears(1), TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   \n\t", "is empty")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\"", "neither JSON")]
    [InlineData("{'access_token': 's3cr3tA', 'refresh_tok", "neither JSON")]
    [InlineData("{'access_token': 's3cr3tA', 'refresh_token': 's3cr3tR'} trailing", "neither JSON")]
    [InlineData("{'access_token': 's3cr3tA', 'refresh_token': __import__('os')}", "neither JSON")]
    [InlineData("{'access_token': 's3cr3tA', 'refresh_token': 's3cr3tR\\x4'}", "neither JSON")]
    [InlineData("{1: 's3cr3tA'}", "neither JSON")]
    [InlineData("[\"s3cr3tA\"]", "not an object")]
    [InlineData("\"s3cr3tA\"", "not an object")]
    [InlineData("{\"refresh_token\": \"s3cr3tR\"}", "has no access_token")]
    [InlineData("{\"access_token\": \"s3cr3tA\"}", "has no refresh_token")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": null}", "has no refresh_token")]
    [InlineData("{\"access_token\": \"\", \"refresh_token\": \"s3cr3tR\"}", "access_token is empty")]
    [InlineData("{\"access_token\": 12345, \"refresh_token\": \"s3cr3tR\"}", "access_token is a number")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": [\"s3cr3tR\"]}", "refresh_token is a array")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\", \"token_type\": true}", "token_type is a boolean")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\", \"scope\": [1]}", "scope list holds a number")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\", \"expires_at\": \"tomorrow\"}", "expires_at is not a valid time")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\", \"expires_at\": -5}", "expires_at is not a valid time")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\", \"expires_at\": 1e300}", "expires_at is not a valid time")]
    [InlineData("{\"access_token\": \"s3cr3tA\", \"refresh_token\": \"s3cr3tR\", \"expires_at\": {}}", "expires_at is a object")]
    [InlineData("{\"access_token\": \"s3cr3tAé\", \"refresh_token\": \"s3cr3tR\"}", "access_token holds characters")]
    [InlineData("{'access_token': 's3cr3tA s3cr3tB', 'refresh_token': 's3cr3tR'}", "access_token holds characters")]
    public void Parse_CorruptText_ThrowsWithoutSecret(string text, string expectedProblem)
    {
        var ex = Assert.Throws<TokenUnavailableException>(() => OndiloTokenFormat.Parse(text));

        Assert.Contains(expectedProblem, ex.Message, StringComparison.Ordinal);
        Assert.Contains(TokenUnavailableException.Remedy, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LoneSurrogate_ThrowsBrokenCharacter()
    {
        // Built at run time: attribute arguments cannot carry an unpaired surrogate.
        var text = "{\"access_token\": \"s3cr3tA" + (char)0xD800 + "\", \"refresh_token\": \"s3cr3tR\"}";

        var ex = Assert.Throws<TokenUnavailableException>(() => OndiloTokenFormat.Parse(text));

        Assert.Contains("broken character at position 25", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeText_ThrowsTooLarge()
    {
        var text = "{\"access_token\": \"" + new string('s', OndiloTokenFormat.MaxLength) + "\", \"refresh_token\": \"r\"}";

        var ex = Assert.Throws<TokenUnavailableException>(() => OndiloTokenFormat.Parse(text));

        Assert.Contains("too large", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedPython_ThrowsInsteadOfOverflowing()
    {
        var text = "{'access_token': 'a', 'refresh_token': 'b', 'x': " + new string('[', 5000) + new string(']', 5000) + "}";

        var ex = Assert.Throws<TokenUnavailableException>(() => OndiloTokenFormat.Parse(text));

        Assert.Contains("nested deeper", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedAtEveryLength_ThrowsTokenUnavailable()
    {
        var full = Fixture("python-secret.txt").TrimEnd();

        for (var length = 0; length < full.Length - 1; length++)
        {
            var ex = Assert.Throws<TokenUnavailableException>(() => OndiloTokenFormat.Parse(full[..length]));
            Assert.DoesNotContain("fixture-", ex.Message, StringComparison.Ordinal);
        }
    }
}
