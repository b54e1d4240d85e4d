using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local;

public sealed class LocalLakeTests : IDisposable
{
    private readonly LocalTempFolder _folder = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ReadAll_SkipsTempAndHiddenFiles()
    {
        var sink = new LocalFolderSink(_folder.Path, new FakeTimeProvider(new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.Zero)));
        await sink.WriteAsync(LocalFolderSinkTests.Batch(2), _ct);
        var partition = Path.GetDirectoryName(_folder.Combine(Assert.Single(_folder.AllFiles())))!;
        await File.WriteAllTextAsync(Path.Combine(partition, "half-written.jsonl.tmp"), "{\"deviceId\":", _ct);
        await File.WriteAllTextAsync(Path.Combine(partition, ".hidden.jsonl"), "garbage", _ct);

        Assert.Equal(2, LocalLake.ReadAll(_folder.Path).Count());
        Assert.Single(LocalLake.ListFiles(_folder.Path));
    }

    [Fact]
    public async Task ReadDay_OnlyThatPoolAndDay()
    {
        var sink = new LocalFolderSink(_folder.Path, new FakeTimeProvider());
        await sink.WriteAsync(LocalFolderSinkTests.Batch(2, poolId: 12), _ct);
        await sink.WriteAsync(LocalFolderSinkTests.Batch(3, poolId: 123), _ct);

        Assert.All(LocalLake.ReadDay(_folder.Path, 12, new DateOnly(2026, 11, 4)), record => Assert.Equal(12, record.PoolId));
        Assert.Equal(2, LocalLake.ReadDay(_folder.Path, 12, new DateOnly(2026, 11, 4)).Count());
        Assert.Empty(LocalLake.ReadDay(_folder.Path, 12, new DateOnly(2026, 11, 5)));
        Assert.Equal(5, LocalLake.ReadAll(_folder.Path).Count());
    }

    [Fact]
    public async Task ReadAll_StateInHiddenFolder_Skipped()
    {
        var sink = new LocalFolderSink(_folder.Path, new FakeTimeProvider());
        await sink.WriteAsync(LocalFolderSinkTests.Batch(2), _ct);
        Directory.CreateDirectory(_folder.Combine(".ondilo-fanout", "state"));
        await File.WriteAllTextAsync(_folder.Combine(".ondilo-fanout", "state", "quota.json"), "{\"hour\":1}", _ct);

        Assert.Equal(2, LocalLake.ReadAll(_folder.Path).Count());
        Assert.DoesNotContain(LocalLake.ListFiles(_folder.Path), file => file.Contains("ondilo-fanout/", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_MissingRoot_Empty()
    {
        Assert.Empty(LocalLake.ReadAll(_folder.Combine("missing")));
    }
}
