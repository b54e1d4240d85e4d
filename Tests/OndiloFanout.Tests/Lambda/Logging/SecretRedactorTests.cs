using OndiloFanout.Lambda.Logging;
using Xunit;

namespace OndiloFanout.Tests.Lambda.Logging;

public sealed class SecretRedactorTests
{
    private const string Mask = SecretRedactor.Mask;

    [Fact]
    public void Redact_RegisteredSecret_MaskedEverywhere()
    {
        var sut = CreateSut();
        sut.Register("9f8e7d6c5b4a39281706");

        var text = sut.Redact("a=9f8e7d6c5b4a39281706 and again 9f8e7d6c5b4a39281706.");

        Assert.Equal($"a={Mask} and again {Mask}.", text);
    }

    [Fact]
    public void Redact_SecretContainingAnother_MaskedWhole()
    {
        var sut = CreateSut();
        sut.Register("abcdefgh");
        sut.Register("abcdefgh12345678");

        Assert.Equal($"x {Mask} y", sut.Redact("x abcdefgh12345678 y"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("short")]
    public void Register_BlankOrShortValue_Ignored(string? value)
    {
        var sut = CreateSut();

        sut.Register(value);

        Assert.Equal("a short text", sut.Redact("a short text"));
    }

    [Theory]
    [InlineData("Authorization: Bearer eyJhbGciOi.J9.abc", "Authorization: Bearer " + Mask)]
    [InlineData("header 'bearer abc123' sent", "header 'bearer " + Mask + "' sent")]
    [InlineData("POST grant_type=refresh_token&refresh_token=r3fr3sh&client_id=customer_api",
        "POST grant_type=refresh_token&refresh_token=" + Mask + "&client_id=customer_api")]
    [InlineData("https://x/?access_token=acc355 failed", "https://x/?access_token=" + Mask + " failed")]
    [InlineData("""{"access_token":"acc","expires_in":3600,"refresh_token":"r\"ef"}""",
        """{"access_token":"***redacted***","expires_in":3600,"refresh_token":"***redacted***"}""")]
    [InlineData("""{"access_token" : "acc"}""", """{"access_token" : "***redacted***"}""")]
    public void Redact_CredentialShapedText_Masked(string input, string expected)
    {
        Assert.Equal(expected, CreateSut().Redact(input));
    }

    [Fact]
    public void Redact_OrdinaryText_Unchanged()
    {
        const string text = "Pool 123: 6 measures of temperature for 2026-11-24 (grant_type=refresh_token)";

        Assert.Equal(text, CreateSut().Redact(text));
    }

    private static SecretRedactor CreateSut() => new();
}
