using Amazon.CDK.AWS.Athena;
using Amazon.CDK.AWS.Glue;
using Constructs;
using OndiloFanout.Contracts;
using static Amazon.CDK.AWS.Glue.CfnTable;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>
/// Makes the lake queryable the day it is deployed: a Glue database with the measures and pool snapshot tables
/// (partition projection, so new days and pools need no crawler or MSCK REPAIR), the <c>measures</c> and
/// <c>pools</c> views, an Athena workgroup with its own results bucket, and the example queries as named queries.
/// Table, view and column names come from <see cref="LakeSchema"/>, which <c>ondilo-fanout query</c> uses too; the
/// database and workgroup names from the stack's name.
/// </summary>
/// <remarks>
/// Pool ids are arbitrary integers, so <c>deviceid</c> is an <c>injected</c> projection: Athena takes the pool from
/// the query (<c>WHERE deviceid = '123'</c> or <c>IN (…)</c>) and lists nothing. An <c>integer</c> range would make
/// Athena enumerate millions of locations, and an <c>enum</c> would have to be redeployed for every new pool.
/// </remarks>
internal sealed class LakeCatalog : Construct
{
    /// <summary>Key prefix of Athena's query results in the results bucket, which expires them after 7 days.</summary>
    public const string ResultsPrefix = "athena-results/";

    /// <summary>The first year the projection knows; measures cannot be older than the collector.</summary>
    public const int FirstYear = 2024;

    private const string JsonSerDe = "org.openx.data.jsonserde.JsonSerDe";
    private const string TextInputFormat = "org.apache.hadoop.mapred.TextInputFormat";
    private const string TextOutputFormat = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat";

    public LakeCatalog(Construct scope, string id, LakeCatalogOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabaseName = options.DatabaseName;
        WorkGroupName = options.WorkGroupName;
        var root = $"s3://{options.Bucket.BucketName}/{options.Prefix}";
        var account = Amazon.CDK.Aws.ACCOUNT_ID;

        var database = new CfnDatabase(this, "Database", new CfnDatabaseProps
        {
            CatalogId = account,
            DatabaseInput = new CfnDatabase.DatabaseInputProperty
            {
                Name = DatabaseName,
                Description = "OndiloFanout data lake: Ondilo ICO measures and pool snapshots.",
            },
        });

        var measures = AddJsonTable("MeasuresTable", account, LakeSchema.MeasuresTable, root, LakeSchema.MeasureColumns, LakeSchema.MeasurePartitions, new Dictionary<string, string>
        {
            ["projection.deviceid.type"] = "injected",
            ["projection.year.type"] = "integer",
            ["projection.year.range"] = $"{FirstYear},2099",
            ["projection.year.digits"] = "4",
            ["projection.month.type"] = "integer",
            ["projection.month.range"] = "1,12",
            ["projection.month.digits"] = "2",
            ["projection.day.type"] = "integer",
            ["projection.day.range"] = "1,31",
            ["projection.day.digits"] = "2",
            ["storage.location.template"] = root + LakeLayout.PartitionPath("${deviceid}", "${year}", "${month}", "${day}"),
        });
        var snapshotColumn = LakeLayout.PoolSnapshotPartition;
        var snapshots = AddJsonTable("PoolSnapshotsTable", account, LakeSchema.PoolSnapshotsTable, root + LakeLayout.PoolSnapshotFolder, LakeSchema.PoolSnapshotColumns, [snapshotColumn], new Dictionary<string, string>
        {
            [$"projection.{snapshotColumn}.type"] = "date",
            [$"projection.{snapshotColumn}.format"] = "yyyy-MM-dd",
            [$"projection.{snapshotColumn}.range"] = $"{FirstYear}-01-01,NOW",
            [$"projection.{snapshotColumn}.interval"] = "1",
            [$"projection.{snapshotColumn}.interval.unit"] = "DAYS",
            ["storage.location.template"] = root + LakeLayout.PoolSnapshotFolder + snapshotColumn + "=${" + snapshotColumn + "}/",
        });
        measures.AddDependency(database);
        snapshots.AddDependency(database);

        var measuresView = AddView("MeasuresView", account, LakeSchema.MeasuresView, LakeSchema.MeasuresViewSql(column => $"CAST(from_iso8601_timestamp({column}) AS timestamp(3))"), AthenaViews.MeasuresViewColumns);
        var poolsView = AddView("PoolsView", account, LakeSchema.PoolsView, LakeSchema.PoolsViewSql(), AthenaViews.PoolsViewColumns);
        measuresView.AddDependency(measures);
        poolsView.AddDependency(snapshots);

        // When that is the lake's bucket, outside every table's projected locations, so results never read as data.
        ResultsLocation = $"s3://{options.ResultsBucket.BucketName}/{ResultsPrefix}";
        var workGroup = new CfnWorkGroup(this, "WorkGroup", new CfnWorkGroupProps
        {
            Name = WorkGroupName,
            Description = "Queries over the OndiloFanout data lake.",
            RecursiveDeleteOption = true,
            WorkGroupConfiguration = new CfnWorkGroup.WorkGroupConfigurationProperty
            {
                EnforceWorkGroupConfiguration = true,
                PublishCloudWatchMetricsEnabled = true,
                EngineVersion = new CfnWorkGroup.EngineVersionProperty { SelectedEngineVersion = "Athena engine version 3" },
                ResultConfiguration = new CfnWorkGroup.ResultConfigurationProperty
                {
                    OutputLocation = ResultsLocation,
                    EncryptionConfiguration = new CfnWorkGroup.EncryptionConfigurationProperty { EncryptionOption = "SSE_S3" },
                },
            },
        });

        foreach (var query in LakeQueries.All)
        {
            var named = new CfnNamedQuery(this, "Query-" + query.Name, new CfnNamedQueryProps
            {
                Name = query.Name,
                Description = query.Description,
                Database = DatabaseName,
                QueryString = query.Sql,
                WorkGroup = workGroup.Name,
            });
            named.AddDependency(workGroup);
            named.AddDependency(database);
        }
    }

    /// <summary>The Glue database's name.</summary>
    public string DatabaseName { get; }

    /// <summary>The Athena workgroup's name.</summary>
    public string WorkGroupName { get; }

    /// <summary>Where Athena writes query results: <c>s3://&lt;results bucket&gt;/</c><see cref="ResultsPrefix"/>.</summary>
    public string ResultsLocation { get; }

    private CfnTable AddJsonTable(string id, string account, string name, string location, IReadOnlyList<LakeColumn> columns, IReadOnlyList<string> partitions, Dictionary<string, string> projection)
    {
        var parameters = new Dictionary<string, string>(projection)
        {
            ["classification"] = "json",
            ["projection.enabled"] = "true",
        };
        return new CfnTable(this, id, new CfnTableProps
        {
            CatalogId = account,
            DatabaseName = DatabaseName,
            TableInput = new TableInputProperty
            {
                Name = name,
                TableType = "EXTERNAL_TABLE",
                Parameters = parameters,
                PartitionKeys = partitions.Select(p => (object)new ColumnProperty { Name = p, Type = "string" }).ToArray(),
                StorageDescriptor = new StorageDescriptorProperty
                {
                    Location = location,
                    InputFormat = TextInputFormat,
                    OutputFormat = TextOutputFormat,
                    Columns = columns.Select(c => (object)new ColumnProperty { Name = c.Name, Type = c.HiveType }).ToArray(),
                    SerdeInfo = new SerdeInfoProperty
                    {
                        SerializationLibrary = JsonSerDe,
                        // The SerDe matches lower-case columns to the records' camelCase fields; a bad line fails the query loudly.
                        Parameters = new Dictionary<string, string> { ["case.insensitive"] = "TRUE", ["ignore.malformed.json"] = "FALSE" },
                    },
                },
            },
        });
    }

    private CfnTable AddView(string id, string account, string name, string sql, IReadOnlyList<AthenaViewColumn> columns) =>
        new(this, id, new CfnTableProps
        {
            CatalogId = account,
            DatabaseName = DatabaseName,
            TableInput = new TableInputProperty
            {
                Name = name,
                TableType = "VIRTUAL_VIEW",
                Parameters = new Dictionary<string, string> { ["presto_view"] = "true", ["comment"] = "Presto View" },
                ViewOriginalText = AthenaViews.Encode(DatabaseName, sql, columns),
                ViewExpandedText = "/* Presto View */",
                StorageDescriptor = new StorageDescriptorProperty
                {
                    Columns = columns.Select(c => (object)new ColumnProperty { Name = c.Name, Type = c.HiveType }).ToArray(),
                    SerdeInfo = new SerdeInfoProperty(),
                },
            },
        });
}
