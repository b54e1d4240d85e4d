using System.Text;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Local;

/// <summary>
/// The token in a file on this machine, in <see cref="OndiloTokenFormat"/>. Saved atomically and readable
/// by its owner only (mode 0600 on Unix), because the refresh token gives access to the Ondilo account.
/// </summary>
public sealed class FileTokenStore : ITokenStore
{
    private readonly string _path;

    /// <summary>Uses the token file at <paramref name="path"/>; its folder is created on the first save.</summary>
    public FileTokenStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
    }

    /// <inheritdoc />
    public Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<OndiloToken> LoadAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(_path, Encoding.UTF8, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TokenUnavailableException($"No token file at {_path}.", ex);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new TokenUnavailableException($"The token file {_path} is empty.");
        }

        return OndiloTokenFormat.Parse(text);
    }

    /// <inheritdoc />
    public Task SaveAsync(OndiloToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(OndiloTokenFormat.Serialize(token));
        return AtomicFile.WriteAsync(_path, bytes, ownerOnly: true, cancellationToken);
    }
}
