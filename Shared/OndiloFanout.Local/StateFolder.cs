using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OndiloFanout.Domain.Retries;

namespace OndiloFanout.Local;

/// <summary>
/// The folder of a <see cref="FileStateStore"/>: JSON files replaced atomically, and one lock around each
/// read-modify-write — a semaphore for this instance plus an exclusive open of <c>.lock</c> for other
/// instances and processes — so that two writers never interleave.
/// </summary>
internal sealed class StateFolder : IDisposable
{
    // Lock holders keep it for one small read and write; waiting longer than this means a stuck process.
    private const int MaxLockAttempts = 1000;
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(10);

    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly string _lockPath;

    public StateFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _lockPath = Path.Combine(Directory, ".lock");
    }

    public string Directory { get; }

    /// <summary>Runs <paramref name="action"/> holding the folder's lock.</summary>
    public async Task<T> LockedAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            await using var fileLock = await AcquireFileLockAsync(cancellationToken);
            return await action();
        }
        finally
        {
            _semaphore.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> holding the folder's lock.</summary>
    public Task LockedAsync(Func<Task> action, CancellationToken cancellationToken) =>
        LockedAsync(
            async () =>
            {
                await action();
                return true;
            },
            cancellationToken);

    /// <summary>The content of a state file, or null when it does not exist yet.</summary>
    public async Task<T?> ReadAsync<T>(string relativePath, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var path = Path.Combine(Directory, relativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken)
                ?? throw new InvalidDataException($"The state file {path} holds null; delete it to start that state afresh.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The state file {path} is not valid JSON; delete it to start that state afresh.", ex);
        }
    }

    public Task WriteAsync<T>(string relativePath, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(
            Path.Combine(Directory, relativePath),
            JsonSerializer.SerializeToUtf8Bytes(value, typeInfo),
            ownerOnly: false,
            cancellationToken);

    public void Dispose() => _semaphore.Dispose();

    private async Task<FileStream> AcquireFileLockAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        try
        {
            return await Retry.RunAsync(
                // FileShare.None is an exclusive lock on every platform .NET runs on (flock on Unix).
                _ => Task.FromResult(new FileStream(_lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)),
                (error, attempt) => error is IOException && attempt < MaxLockAttempts ? LockRetryDelay : null,
                // Real time, not the injected clock: this waits for another process, whatever time the run simulates.
#pragma warning disable RS0030
                (delay, token) => Task.Delay(delay, token),
#pragma warning restore RS0030
                cancellationToken);
        }
        catch (IOException ex)
        {
            throw new IOException($"The state folder {Directory} stays locked by another process ({_lockPath}).", ex);
        }
    }
}
