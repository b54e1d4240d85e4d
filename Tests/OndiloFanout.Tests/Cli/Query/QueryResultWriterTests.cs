using OndiloFanout.Cli.Query;
using Xunit;

namespace OndiloFanout.Tests.Cli.Query;

public sealed class QueryResultWriterTests
{
    private static QueryResult CreateSut() => new()
    {
        Columns = ["name", "n", "avg", "ok", "note"],
        Rows =
        [
            ["John's Pool", 3L, 7.25, true, null],
            ["a,b \"c\"", 0L, 0.1, false, "line\nbreak"],
        ],
    };

    [Fact]
    public void ToJson_Rows_KeepsNumbersAndBooleansTypedAndNullsNull() =>
        Assert.Equal(
            """[{"name":"John's Pool","n":3,"avg":7.25,"ok":true,"note":null},{"name":"a,b \"c\"","n":0,"avg":0.1,"ok":false,"note":"line\nbreak"}]""",
            QueryResultWriter.ToJson(CreateSut()));

    [Fact]
    public void ToCsv_Rows_QuotesOnlyFieldsThatNeedIt() =>
        Assert.Equal(
            "name,n,avg,ok,note\r\nJohn's Pool,3,7.25,true,\r\n\"a,b \"\"c\"\"\",0,0.1,false,\"line\nbreak\"\r\n",
            QueryResultWriter.ToCsv(CreateSut()));
}
