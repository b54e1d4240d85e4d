namespace OndiloFanout.Cli.Query;

/// <summary>The query's command line does not fit its SQL (its <c>?</c> and the <c>--param</c> values); the message says how to fix it.</summary>
internal sealed class QueryInputException(string message) : Exception(message);
