using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local;

public sealed class FileTokenStoreTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _folder.Dispose();

    private string TokenPath => _folder.Combine("config", "token.json");

    private FileTokenStore CreateSut() => new(TokenPath);

    private static OndiloToken Token(string access = "access-secret") => new()
    {
        AccessToken = access,
        RefreshToken = "refresh-secret",
        ExpiresAt = new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero),
        Scope = "api",
    };

    [Fact]
    public async Task LoadAsync_NoFile_ThrowsNamingPathAndFix()
    {
        var ex = await Assert.ThrowsAsync<TokenUnavailableException>(() => CreateSut().LoadAsync(_ct));

        Assert.Equal($"No token file at {TokenPath}. {TokenUnavailableException.Remedy}", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n")]
    public async Task LoadAsync_EmptyFile_ThrowsNamingPathAndFix(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenPath)!);
        await File.WriteAllTextAsync(TokenPath, content, _ct);

        var ex = await Assert.ThrowsAsync<TokenUnavailableException>(() => CreateSut().LoadAsync(_ct));

        Assert.Equal($"The token file {TokenPath} is empty. {TokenUnavailableException.Remedy}", ex.Message);
    }

    [Fact]
    public async Task LoadAsync_CorruptFile_ThrowsWithFixButNotTheContent()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TokenPath)!);
        await File.WriteAllTextAsync(TokenPath, "{\"access_token\":\"leaky-secret\"", _ct);

        var ex = await Assert.ThrowsAsync<TokenUnavailableException>(() => CreateSut().LoadAsync(_ct));

        Assert.EndsWith(TokenUnavailableException.Remedy, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaky-secret", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_ThenLoad_RoundTrips()
    {
        var token = Token();

        await CreateSut().SaveAsync(token, _ct);

        Assert.Equal(token, await CreateSut().LoadAsync(_ct));
    }

    [Fact]
    public async Task SaveAsync_OverExistingToken_ReplacesItAndLeavesNoTemp()
    {
        var sut = CreateSut();
        await sut.SaveAsync(Token("old-access"), _ct);

        await sut.SaveAsync(Token("new-access"), _ct);

        Assert.Equal("new-access", (await sut.LoadAsync(_ct)).AccessToken);
        Assert.Equal(["config/token.json"], _folder.AllFiles());
    }

    [Fact]
    public async Task SaveAsync_NewFile_OwnerReadWriteOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has no Unix modes; the file inherits the folder's ACL there.
        }

        await CreateSut().SaveAsync(Token(), _ct);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(TokenPath));
    }
}
