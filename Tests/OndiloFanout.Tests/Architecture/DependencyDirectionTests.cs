using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;
using Xunit;

namespace OndiloFanout.Tests.Architecture;

/// <summary>
/// The allowed dependencies between the projects, in one table (docs/ARCHITECTURE.md draws it): each assembly's types
/// may use the project namespaces on its row and no other. Project references already make most of it a compile
/// error; this also catches what a reference lets through (a function using an adapter past the composer, the domain
/// reaching for the Ondilo client) and any executable used as a library.
/// </summary>
public sealed class DependencyDirectionTests
{
    private const string Domain = "OndiloFanout.Domain";
    private const string Contracts = "OndiloFanout.Contracts";
    private const string Ondilo = "OndiloFanout.Ondilo";
    private const string Cloud = "OndiloFanout.Cloud";
    private const string Lambda = "OndiloFanout.Lambda";
    private const string Pipeline = "OndiloFanout.Pipeline";
    private const string Local = "OndiloFanout.Local";
    private const string Cli = "OndiloFanout.Cli";
    private const string Functions = "OndiloFanout.Functions";
    private const string Infrastructure = "OndiloFanout.Infrastructure";
    private const string Simulator = "Ondilo.Simulator";

    /// <summary>Assembly → the project namespaces its types may use (its own always).</summary>
    public static TheoryData<string, string[]> Allowed => new()
    {
        { Domain, [] },
        { Contracts, [] },
        { Ondilo, [Domain] },
        { Lambda, [Contracts] },
        { Cloud, [Contracts, Domain, Ondilo] },
        { Pipeline, [Contracts, Domain, Ondilo, Cloud, Lambda] },
        { "OndiloFanout.Functions.Scheduler", [Contracts, Domain, Lambda, Pipeline] },
        { "OndiloFanout.Functions.DeviceFetcher", [Contracts, Domain, Lambda, Pipeline, Ondilo] }, // a result carries the API failure kind
        { Local, [Contracts, Domain, Ondilo, Cloud, Lambda, Pipeline, Simulator] },
        { Cli, [Contracts, Domain, Ondilo, Cloud, Lambda, Pipeline, Local] },
    };

    private static readonly string[] Projects = [Domain, Contracts, Ondilo, Cloud, Lambda, Pipeline, Local, Cli, Functions, Infrastructure, Simulator];

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Assembly_UsesOnlyTheProjectsOnItsRow(string assembly, string[] allowed)
    {
        var forbidden = Projects.Where(p => !allowed.Contains(p) && !assembly.StartsWith(p, StringComparison.Ordinal)).ToArray();

        var result = Types.InAssembly(Assembly.Load(assembly)).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{assembly} uses what its row does not allow ({string.Join(", ", forbidden)}): {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Infrastructure_ReferencesTheContractsAlone()
    {
        var project = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Architecture", "Infrastructure.csproj"));

        var references = project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));

        Assert.Equal([Contracts], references);
    }
}
