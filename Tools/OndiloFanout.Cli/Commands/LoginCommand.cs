using System.CommandLine;
using OndiloFanout.Cloud;
using OndiloFanout.Cloud.SecretsManager;
using OndiloFanout.Cli.Login;
using OndiloFanout.Cli.Rendering;
using OndiloFanout.Cli.Stack;
using OndiloFanout.Local;
using OndiloFanout.Local.Run;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Cli.Commands;

/// <summary><c>ondilo-fanout login</c>: the Ondilo OAuth flow, storing the token in a file or the stack's secret.</summary>
internal static class LoginCommand
{
    private const string Summary = "Log in to Ondilo once and store the token where the collector reads it (never printed).";

    /// <summary>What the help shows after the options: more about the command, examples and exit codes.</summary>
    public const string Details = """
        Examples:
          ondilo-fanout login                              (browser on this machine; token in ~/.config/ondilo-fanout/token.json)
          ondilo-fanout login --secret-id OndiloToken      (deployed stack: the token goes to Secrets Manager)
          ondilo-fanout login --paste                      (no browser here)
          ondilo-fanout login --import old-secret.txt      (the original Python project's token)
        Exit codes: 0 logged in, 1 failed (nothing stored unless it says so), 2 bad command line.
        """;

    public static Command Create(ConsoleUi ui, ILoginPrompt prompt, IAwsClientFactory aws, TimeProvider time)
    {
        var tokenFile = new Option<string?>("--token-file") { Description = "Store the token in this file, owner-only (default ~/.config/ondilo-fanout/token.json)." };
        var secretId = new Option<string?>("--secret-id") { Description = "Store the token in this Secrets Manager secret (the stack's TokenSecretName output); uses your AWS credentials and AWS_REGION." };
        var paste = new Option<bool>("--paste") { Description = "No browser here: open the address elsewhere and paste back the address it lands on." };
        var import = new Option<string?>("--import") { Description = "Store an existing token file instead of logging in (this project's JSON, or the original Python project's secret)." };
        var apiUrl = new Option<string>("--api-url") { Description = "Host root of the Ondilo API.", DefaultValueFactory = _ => "https://interop.ondilo.com" };
        var port = new Option<int>("--port") { Description = "Loopback port of the callback (default: a free one).", DefaultValueFactory = _ => 0 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the browser.", DefaultValueFactory = _ => 300 };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Print the address without trying to open a browser." };
        var json = new Option<bool>("--json") { Description = "Print the result as one JSON object." };
        var command = new Command("login", Summary)
        {
            tokenFile, secretId, paste, import, apiUrl, port, timeout, noBrowser, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Uri.TryCreate(parse.GetValue(apiUrl), UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            {
                return ui.Fail(ExitCodes.Usage, $"--api-url \"{parse.GetValue(apiUrl)}\" is not an http(s) URL.", null);
            }

            if (parse.GetValue(tokenFile) is not null && parse.GetValue(secretId) is not null)
            {
                return ui.Fail(ExitCodes.Usage, "Choose --token-file or --secret-id, not both.", null);
            }

            var options = new LoginOptions
            {
                ApiUrl = api,
                Paste = parse.GetValue(paste),
                ImportFile = parse.GetValue(import),
                Port = parse.GetValue(port),
                Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                OpenBrowser = !parse.GetValue(noBrowser),
            };
            return await ExecuteAsync(ui, prompt, aws, time, options, parse.GetValue(tokenFile), parse.GetValue(secretId), parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(ConsoleUi ui, ILoginPrompt prompt, IAwsClientFactory aws, TimeProvider time, LoginOptions options, string? tokenFile, string? secretId, bool asJson, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = ConnectionFailure.ConnectTimeout }) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            var (store, storedIn) = secretId is null
                ? ((ITokenStore)new FileTokenStore(tokenFile ?? LocalPaths.DefaultTokenFile), $"file {Path.GetFullPath(tokenFile ?? LocalPaths.DefaultTokenFile)}")
                : (new SecretsManagerTokenStore(aws.CreateSecretsManager(http, time), secretId), $"secret {secretId}");
            var result = await new LoginFlow(http, time, prompt).RunAsync(options, store, storedIn, cancellationToken);
            ui.ShowLogin(result, asJson);
            return ExitCodes.Ok;
        }
        catch (LoginException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, null);
        }
        catch (TokenUnavailableException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, null);
        }
        catch (OndiloApiException ex) when (ConnectionFailure.ReasonOf(ex) is { } reason)
        {
            return ui.Fail(
                ExitCodes.Failed,
                $"Cannot reach Ondilo at {options.ApiUrl.Authority}: {reason}; nothing was stored.",
                $"Check this machine's network (it must reach {options.ApiUrl.Authority} over HTTPS), then run `ondilo-fanout login{(options.Paste ? " --paste" : "")}` again and open the new address it prints.");
        }
        catch (OndiloApiException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, ex.Failure == OndiloFailure.LoginRequired
                ? "The code was refused: run login again."
                : "Nothing was stored: run login again in a few minutes (the API may be down for a moment).");
        }
        catch (AwsServiceException ex)
        {
            return ui.Fail(ExitCodes.Failed, $"Secrets Manager refused: {ex.Message}", "Check the secret id (the stack's TokenSecretName output), AWS_REGION and your credentials.");
        }
        catch (Amazon.Runtime.AmazonClientException ex)
        {
            return ui.Fail(ExitCodes.Failed, ex.Message, "Set AWS_REGION and AWS credentials (or an AWS profile), or store the token in a file with --token-file.");
        }
    }
}
