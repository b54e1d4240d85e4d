using CsCheck;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>Hostile token files and secrets, and hostile timestamps: a clear error that never holds the token.</summary>
public sealed class TokenAndTimestampPropertyTests
{
    private static readonly OndiloToken Token = new()
    {
        AccessToken = "access-0123456789abcdef0123456789abcdef",
        RefreshToken = "refresh-fedcba9876543210fedcba9876543210",
        ExpiresAt = new DateTimeOffset(2026, 3, 10, 15, 30, 0, TimeSpan.Zero),
        Scope = "api",
    };

    private static readonly string Stored = OndiloTokenFormat.Serialize(Token);

    /// <summary>The stored token cut short, with its fields of the wrong type, or anything at all (huge included).</summary>
    private static readonly Gen<string> TokenTexts = Gen.OneOf(
        Gen.Int[0, Stored.Length - 2].Select(n => Stored[..n]),
        ReliabilityGen.ObjectOf("access_token", "refresh_token", "expires_at", "expires_in", "token_type", "scope"),
        ReliabilityGen.AnyText,
        ReliabilityGen.JsonValue,
        Gen.Int[1, 3].Select(n => "{\"access_token\":\"" + new string('a', OndiloTokenFormat.MaxLength * n) + "\"}"));

    [Fact]
    public void Parse_HostileStoredToken_TokenOrTokenUnavailableThatNeverHoldsTheToken()
    {
        TokenTexts.Sample(
            text =>
            {
                try
                {
                    var token = OndiloTokenFormat.Parse(text);
                    Assert.False(string.IsNullOrEmpty(token.AccessToken));
                }
                catch (TokenUnavailableException ex)
                {
                    Assert.DoesNotContain(Token.AccessToken[..12], ex.Message, StringComparison.Ordinal);
                    Assert.DoesNotContain(Token.RefreshToken[..12], ex.Message, StringComparison.Ordinal);
                    Assert.Contains(TokenUnavailableException.Remedy, ex.Message, StringComparison.Ordinal);
                }
            },
            iter: 2_000);
    }

    [Fact]
    public async Task LoadAsync_HostileTokenFile_TokenOrTokenUnavailable()
    {
        using var folder = new LocalTempFolder();
        var path = folder.Combine("token.json");
        var sut = new FileTokenStore(path);

        await TokenTexts.SampleAsync(
            async text =>
            {
                await File.WriteAllTextAsync(path, text);
                try
                {
                    await sut.LoadAsync(CancellationToken.None);
                }
                catch (TokenUnavailableException ex)
                {
                    Assert.DoesNotContain(Token.RefreshToken[..12], ex.Message, StringComparison.Ordinal);
                    Assert.DoesNotContain(Token.AccessToken[..12], ex.Message, StringComparison.Ordinal);
                    Assert.Contains(TokenUnavailableException.Remedy, ex.Message, StringComparison.Ordinal);
                }
            },
            iter: 300,
            threads: 1);
    }

    [Fact]
    public void TryParse_HostileTimestamp_NeverThrowsAndParseThrowsOnlyFormatException()
    {
        var texts = Gen.OneOf(ReliabilityGen.AnyText, ReliabilityGen.JsonValue, Gen.OneOfConst("2026-03-10 14:30:00", "2026-03-10T14:30:00+25:00", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00"));
        texts.Sample(
            text =>
            {
                if (OndiloTimestamp.TryParse(text, out var utc))
                {
                    Assert.Equal(TimeSpan.Zero, utc.Offset);
                    Assert.Equal(utc, OndiloTimestamp.Parse(text));
                }
                else
                {
                    Assert.Throws<FormatException>(() => OndiloTimestamp.Parse(text));
                }
            },
            iter: 2_000);
    }
}
