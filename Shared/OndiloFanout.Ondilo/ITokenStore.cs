namespace OndiloFanout.Ondilo;

/// <summary>Where the Ondilo token lives: Secrets Manager on AWS, a file on one machine.</summary>
public interface ITokenStore
{
    /// <summary>Loads the token; throws <see cref="TokenUnavailableException"/> when it is missing, empty or corrupt.</summary>
    Task<OndiloToken> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Reads the token again, past any copy the store keeps: another writer may have replaced it. Throws as <see cref="LoadAsync"/>.</summary>
    Task<OndiloToken> ReloadAsync(CancellationToken cancellationToken);

    Task SaveAsync(OndiloToken token, CancellationToken cancellationToken);
}
