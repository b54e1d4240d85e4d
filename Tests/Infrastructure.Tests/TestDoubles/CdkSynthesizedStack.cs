using Amazon.CDK;
using Amazon.CDK.Assertions;

namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// The stack synthesized once in process with the given context (plus dummy Lambda packages): the CDK's
/// <see cref="Amazon.CDK.Assertions.Template"/> for matchers and the raw JSON for IAM walks.
/// </summary>
public sealed class CdkSynthesizedStack : IDisposable
{
    private readonly CdkLambdaAssets _assets = new();

    public CdkSynthesizedStack(IReadOnlyDictionary<string, string> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var appContext = new Dictionary<string, object> { [StackSettings.LambdaAssetsKey] = _assets.LambdaAssetsPath };
        foreach (var (key, value) in context)
        {
            appContext[key] = value;
        }

        var app = new App(new AppProps { Context = appContext, Outdir = _assets.OutputPath });
        var stack = new OndiloFanoutStack(app, StackSettings.FromContext(app.Node.TryGetContext));
        Template = Template.FromStack(stack);
        TemplatePath = Path.Combine(_assets.OutputPath, stack.TemplateFile);
        Json = new CdkTemplateJson(File.ReadAllText(TemplatePath));
    }

    public Template Template { get; }

    /// <summary>The synthesized template file, for tools that read it themselves.</summary>
    public string TemplatePath { get; }

    public CdkTemplateJson Json { get; }

    public void Dispose() => _assets.Dispose();
}
