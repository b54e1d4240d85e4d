using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Lambda.Logging;
using Xunit;

namespace OndiloFanout.Tests.Lambda.Logging;

public sealed class JsonLoggerTests : IDisposable
{
    private const string Secret = "5e5e5e5e5e5e5e5e5e5e5e5e";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, 123, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly StringWriter _output = new();
    private readonly SecretRedactor _redactor = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Log_Message_WritesCoreKeysInOrderOnOneLine()
    {
        CreateSut().Information("Collected");

        Assert.Equal(
            """{"timestamp":"2026-11-25T10:00:00.123Z","level":"Information","service":"fetcher","message":"Collected"}""" + Environment.NewLine,
            _output.ToString());
    }

    [Fact]
    public void Log_Fields_WrittenWithTheirJsonTypes()
    {
        CreateSut().Information(
            "Fields",
            (LogKeys.PoolId, 123L),
            ("count", 7),
            ("ratio", 0.5),
            ("ok", true),
            (LogKeys.Day, new DateOnly(2026, 11, 24)),
            ("at", new DateTimeOffset(2026, 11, 24, 23, 0, 0, TimeSpan.Zero)),
            ("nothing", null),
            ("nan", double.NaN),
            (LogKeys.Outcome, SampleOutcome.Partial),
            (LogKeys.Endpoint, "/api/customer/v1/pools"));

        var line = SingleLine();
        Assert.Equal(123, line.GetProperty(LogKeys.PoolId).GetInt64());
        Assert.Equal(7, line.GetProperty("count").GetInt32());
        Assert.Equal(0.5, line.GetProperty("ratio").GetDouble());
        Assert.True(line.GetProperty("ok").GetBoolean());
        Assert.Equal("2026-11-24", line.GetProperty(LogKeys.Day).GetString());
        Assert.Equal("2026-11-24T23:00:00.0000000+00:00", line.GetProperty("at").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("nothing").ValueKind);
        Assert.Equal("NaN", line.GetProperty("nan").GetString());
        Assert.Equal("Partial", line.GetProperty(LogKeys.Outcome).GetString());
        Assert.Equal("/api/customer/v1/pools", line.GetProperty(LogKeys.Endpoint).GetString());
    }

    [Fact]
    public void Log_BelowMinimumLevel_WritesNothing()
    {
        var sut = CreateSut(LogLevel.Warning);

        sut.Information("dropped");
        sut.Debug("dropped");
        sut.Warning("kept");

        Assert.Equal("kept", SingleLine().GetProperty(LogKeys.Message).GetString());
        Assert.False(sut.IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void Log_FieldNamedLikeCoreKey_DoesNotShadowIt()
    {
        CreateSut().Error("real", (LogKeys.Message, "fake"), (LogKeys.Level, "Debug"));

        var raw = _output.ToString();
        Assert.Single(SingleLine().EnumerateObject(), p => p.Name == LogKeys.Message);
        Assert.DoesNotContain("fake", raw, StringComparison.Ordinal);
        Assert.Equal("Error", SingleLine().GetProperty(LogKeys.Level).GetString());
    }

    [Fact]
    public void SetInvocation_Context_AddsInvocationKeysToLaterLines()
    {
        var sut = CreateSut();

        sut.SetInvocation("scheduler", "req-9", coldStart: true, "Root=1-abc");
        sut.Information("inside");

        var line = SingleLine();
        Assert.Equal(
            ["timestamp", "level", "service", "message", "cold_start", "function_name", "function_request_id", "xray_trace_id"],
            line.EnumerateObject().Select(p => p.Name));
        Assert.True(line.GetProperty(LogKeys.ColdStart).GetBoolean());
        Assert.Equal("scheduler", line.GetProperty(LogKeys.FunctionName).GetString());
        Assert.Equal("req-9", line.GetProperty(LogKeys.FunctionRequestId).GetString());
        Assert.Equal("Root=1-abc", line.GetProperty(LogKeys.XrayTraceId).GetString());
    }

    [Fact]
    public void LogException_Exception_WritesStructuredObjectWithInner()
    {
        var exception = Thrown(new InvalidOperationException("outer", new TimeoutException("inner")));

        CreateSut().LogException(LogLevel.Error, exception, "Failed", (LogKeys.MessageId, "m-1"));

        var line = SingleLine();
        Assert.Equal("m-1", line.GetProperty(LogKeys.MessageId).GetString());
        var written = line.GetProperty(LogKeys.Exception);
        Assert.Equal("System.InvalidOperationException", written.GetProperty("type").GetString());
        Assert.Equal("outer", written.GetProperty("message").GetString());
        Assert.Contains(nameof(Thrown), written.GetProperty("stack_trace").GetString(), StringComparison.Ordinal);
        Assert.Equal("System.TimeoutException", written.GetProperty("inner_exception").GetProperty("type").GetString());
        Assert.Equal("inner", written.GetProperty("inner_exception").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("access_token")]
    [InlineData("RefreshToken")]
    [InlineData("client_secret")]
    [InlineData("password")]
    [InlineData("Authorization")]
    [InlineData("aws_credentials")]
    [InlineData("Set-Cookie")]
    public void Log_SecretNamedKey_ValueMasked(string key)
    {
        CreateSut().Information("x", (key, "plain-value-123"));

        Assert.Equal(SecretRedactor.Mask, SingleLine().GetProperty(key).GetString());
        Assert.DoesNotContain("plain-value-123", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Log_RegisteredSecret_MaskedInMessageValueAndException()
    {
        _redactor.Register(Secret);
        var sut = CreateSut();

        sut.LogException(
            LogLevel.Error,
            new InvalidOperationException($"token {Secret} was revoked"),
            $"Refresh with {Secret} failed",
            (LogKeys.Reason, $"body: {Secret}"),
            ("object", new Uri($"https://example.com/?q={Secret}")));

        var raw = _output.ToString();
        Assert.DoesNotContain(Secret, raw, StringComparison.Ordinal);
        var line = SingleLine();
        Assert.Equal($"Refresh with {SecretRedactor.Mask} failed", line.GetProperty(LogKeys.Message).GetString());
        Assert.Equal($"body: {SecretRedactor.Mask}", line.GetProperty(LogKeys.Reason).GetString());
        Assert.Equal($"token {SecretRedactor.Mask} was revoked", line.GetProperty(LogKeys.Exception).GetProperty("message").GetString());
    }

    [Fact]
    public void Log_BearerAndTokenParametersInFreeText_Masked()
    {
        CreateSut().Warning(
            "GET failed with Bearer abc.def.ghi",
            (LogKeys.Reason, "grant_type=refresh_token&refresh_token=zzz999&client_id=customer_api"),
            ("body", """{"access_token":"aaa111","token_type":"Bearer"}"""));

        var raw = _output.ToString();
        Assert.DoesNotContain("abc.def.ghi", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("zzz999", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("aaa111", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_ManyLines_EachIsOneJsonObject()
    {
        var sut = CreateSut();

        sut.Information("one\ntwo");
        sut.Critical("three");

        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("one\ntwo", JsonDocument.Parse(lines[0]).RootElement.GetProperty(LogKeys.Message).GetString());
        Assert.Equal("Critical", JsonDocument.Parse(lines[1]).RootElement.GetProperty(LogKeys.Level).GetString());
    }

    private JsonLogger CreateSut(LogLevel minimumLevel = LogLevel.Information) =>
        new(_output, _time, new LoggerOptions { Service = "fetcher", MinimumLevel = minimumLevel }, _redactor);

    private JsonElement SingleLine()
    {
        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        return JsonDocument.Parse(Assert.Single(lines)).RootElement;
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }

    private enum SampleOutcome
    {
        Partial,
    }
}
