namespace OndiloFanout.Domain.Ports;

/// <summary>The collection's state in one store: DynamoDB on AWS, a folder of files on one machine.</summary>
public interface IStateStore : IDayLedger, IQuotaBudget, IPoolLeases, IFailureStreaks;
