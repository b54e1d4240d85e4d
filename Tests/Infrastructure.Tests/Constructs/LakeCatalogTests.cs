using System.Text;
using System.Text.Json;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests.Constructs;

/// <summary>The Glue catalog, views, workgroup and named queries of the default stack.</summary>
[Collection(CdkDefaultStackCollection.Name)]
public sealed class LakeCatalogTests(CdkDefaultStackFixture fixture)
{
    // The stack derives its database's name from the stack's; the default stack's is "ondilo_fanout".
    private static readonly string DefaultDatabase = StackNames.From(StackSettings.DefaultStackName).GlueDatabase;

    private readonly CdkTemplateJson _json = fixture.Stack.Json;

    [Fact]
    public void Database_Default_IsNamedForTheLake()
    {
        var database = _json.Properties(_json.LogicalId("AWS::Glue::Database", "LakeCatalogDatabase"));

        Assert.Equal(DefaultDatabase, database.GetProperty("DatabaseInput").GetProperty("Name").GetString());
        Assert.Equal("""{"Ref":"AWS::AccountId"}""", CdkTemplateJson.Compact(database.GetProperty("CatalogId")));
    }

    [Fact]
    public void MeasuresTable_Default_HasTheRecordsTypedColumnsAndTheJsonSerDe()
    {
        var table = TableInput("LakeCatalogMeasuresTable");
        var storage = table.GetProperty("StorageDescriptor");

        Assert.Equal(LakeSchema.MeasuresTable, table.GetProperty("Name").GetString());
        Assert.Equal("EXTERNAL_TABLE", table.GetProperty("TableType").GetString());
        Assert.Equal(
            ["poolid:bigint", "poolname:string", "type:string", "value:double", "unit:string", "valuetime:string", "isvalid:boolean",
             "exclusionreason:string", "recordid:string", "collectedat:string", "source:string"],
            Columns(storage.GetProperty("Columns")));
        Assert.Equal(["deviceid:string", "year:string", "month:string", "day:string"], Columns(table.GetProperty("PartitionKeys")));
        Assert.Equal("org.openx.data.jsonserde.JsonSerDe", storage.GetProperty("SerdeInfo").GetProperty("SerializationLibrary").GetString());
        Assert.Equal("org.apache.hadoop.mapred.TextInputFormat", storage.GetProperty("InputFormat").GetString());
    }

    [Fact]
    public void MeasuresTable_Default_ProjectsPartitionsWithTheInjectedPoolId()
    {
        var parameters = TableInput("LakeCatalogMeasuresTable").GetProperty("Parameters");

        Assert.Equal("true", parameters.GetProperty("projection.enabled").GetString());
        Assert.Equal("injected", parameters.GetProperty("projection.deviceid.type").GetString());
        Assert.Equal(("integer", "2024,2099", "4"), Projection(parameters, "year"));
        Assert.Equal(("integer", "1,12", "2"), Projection(parameters, "month"));
        Assert.Equal(("integer", "1,31", "2"), Projection(parameters, "day"));
        Assert.EndsWith(
            "\"/deviceId=${deviceid}/year=${year}/month=${month}/day=${day}/\"]]}",
            CdkTemplateJson.Compact(parameters.GetProperty("storage.location.template")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void PoolSnapshotsTable_Default_ProjectsTheSnapshotDateUnderPools()
    {
        var table = TableInput("LakeCatalogPoolSnapshotsTable");
        var parameters = table.GetProperty("Parameters");

        Assert.Equal(LakeSchema.PoolSnapshotsTable, table.GetProperty("Name").GetString());
        Assert.Equal(LakeSchema.PoolSnapshotColumns.Select(c => $"{c.Name}:{c.HiveType}"), Columns(table.GetProperty("StorageDescriptor").GetProperty("Columns")));
        Assert.Equal(["snapshotdate:string"], Columns(table.GetProperty("PartitionKeys")));
        Assert.Equal("date", parameters.GetProperty("projection.snapshotdate.type").GetString());
        Assert.Equal("yyyy-MM-dd", parameters.GetProperty("projection.snapshotdate.format").GetString());
        Assert.Equal("2024-01-01,NOW", parameters.GetProperty("projection.snapshotdate.range").GetString());
        Assert.EndsWith("\"/pools/snapshotdate=${snapshotdate}/\"]]}", CdkTemplateJson.Compact(parameters.GetProperty("storage.location.template")), StringComparison.Ordinal);
    }

    [Fact]
    public void MeasuresView_Default_IsAPrestoViewThatDropsDuplicatesByRecordId()
    {
        var view = TableInput("LakeCatalogMeasuresView");
        using var presto = DecodeView(view);
        var sql = presto.RootElement.GetProperty("originalSql").GetString()!;

        Assert.Equal(LakeSchema.MeasuresView, view.GetProperty("Name").GetString());
        Assert.Equal("VIRTUAL_VIEW", view.GetProperty("TableType").GetString());
        Assert.Equal("true", view.GetProperty("Parameters").GetProperty("presto_view").GetString());
        Assert.Equal("/* Presto View */", view.GetProperty("ViewExpandedText").GetString());
        Assert.Equal(DefaultDatabase, presto.RootElement.GetProperty("schema").GetString());
        Assert.Contains("row_number() OVER (PARTITION BY deviceid, recordid", sql, StringComparison.Ordinal);
        Assert.Contains("WHERE copy = 1", sql, StringComparison.Ordinal);
        Assert.Contains("CAST(from_iso8601_timestamp(valuetime) AS timestamp(3)) AS measuretime", sql, StringComparison.Ordinal);
        Assert.Equal(
            presto.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!),
            Columns(view.GetProperty("StorageDescriptor").GetProperty("Columns")).Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains(presto.RootElement.GetProperty("columns").EnumerateArray(), c => c.GetProperty("name").GetString() == "measuretime" && c.GetProperty("type").GetString() == "timestamp(3)");
    }

    [Fact]
    public void PoolsView_Default_IsAPrestoViewOverTheSnapshots()
    {
        var view = TableInput("LakeCatalogPoolsView");
        using var presto = DecodeView(view);

        Assert.Equal(LakeSchema.PoolsView, view.GetProperty("Name").GetString());
        Assert.Equal(LakeSchema.PoolsViewSql(), presto.RootElement.GetProperty("originalSql").GetString());
        Assert.Equal(16, presto.RootElement.GetProperty("columns").GetArrayLength());
    }

    [Fact]
    public void WorkGroup_Default_EnforcesEngine3AndWritesResultsToTheBucketsResultsPrefix()
    {
        var workGroup = _json.Properties(_json.LogicalId("AWS::Athena::WorkGroup", "LakeCatalogWorkGroup"));
        var configuration = workGroup.GetProperty("WorkGroupConfiguration");

        Assert.Equal("ondilo-fanout", workGroup.GetProperty("Name").GetString());
        Assert.True(configuration.GetProperty("EnforceWorkGroupConfiguration").GetBoolean());
        Assert.Equal("Athena engine version 3", configuration.GetProperty("EngineVersion").GetProperty("SelectedEngineVersion").GetString());
        Assert.Equal(
            $$"""{"Fn::Join":["",["s3://",{{CdkTemplateJson.RefOf(_json.LogicalId("AWS::S3::Bucket", "DataBucket"))}},"/athena-results/"]]}""",
            CdkTemplateJson.Compact(configuration.GetProperty("ResultConfiguration").GetProperty("OutputLocation")));
    }

    [Fact]
    public void NamedQueries_Default_AreTheExampleQueriesInTheWorkGroup()
    {
        var queries = _json.LogicalIds("AWS::Athena::NamedQuery").Select(_json.Properties).ToArray();

        Assert.Equal(LakeQueries.All.Select(q => q.Name).Order(), queries.Select(q => q.GetProperty("Name").GetString()!).Order());
        Assert.All(queries, q =>
        {
            var expected = LakeQueries.All.Single(e => e.Name == q.GetProperty("Name").GetString());
            Assert.Equal(expected.Sql, q.GetProperty("QueryString").GetString());
            Assert.Equal(DefaultDatabase, q.GetProperty("Database").GetString());
            Assert.Equal("ondilo-fanout", q.GetProperty("WorkGroup").GetString());
            Assert.Contains("deviceid = ?", expected.Sql, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void SchedulerRole_Default_MayPutObjectsOnlyUnderPools()
    {
        var bucket = _json.LogicalId("AWS::S3::Bucket", "DataBucket");

        Assert.Equal(
            [$$"""{"Fn::Join":["",[{"Fn::GetAtt":["{{bucket}}","Arn"]},"/pools/*"]]}"""],
            _json.ResourcesAllowed("SchedulerRole", "s3:PutObject"));
        Assert.Empty(_json.ResourcesAllowed("DeviceFetcherRole", "s3:PutObject"));
    }

    private JsonElement TableInput(string prefix) => _json.Properties(_json.LogicalId("AWS::Glue::Table", prefix)).GetProperty("TableInput");

    private static JsonDocument DecodeView(JsonElement view)
    {
        var text = view.GetProperty("ViewOriginalText").GetString()!;
        Assert.StartsWith("/* Presto View: ", text, StringComparison.Ordinal);
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(text["/* Presto View: ".Length..^" */".Length])));
    }

    private static string[] Columns(JsonElement columns) =>
        columns.EnumerateArray().Select(c => $"{c.GetProperty("Name").GetString()}:{c.GetProperty("Type").GetString()}").ToArray();

    private static (string?, string?, string?) Projection(JsonElement parameters, string column) =>
        (parameters.GetProperty($"projection.{column}.type").GetString(),
         parameters.GetProperty($"projection.{column}.range").GetString(),
         parameters.GetProperty($"projection.{column}.digits").GetString());
}
