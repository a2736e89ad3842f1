using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Servers;

/// <summary>A store's game server; its plugin authenticates with a server key (hash-only storage).</summary>
public sealed class GameServer : Entity, IStoreOwned
{
    public const int NameMaxLength = 100;

    private GameServer()
    {
    }

    public GameServer(Guid storeId, string name, byte[] keyHash, string keyHint, DateTime now)
    {
        StoreId = storeId;
        Name = name.Trim();
        KeyHash = keyHash;
        KeyHint = keyHint;
        CreatedAt = now;
    }

    public Guid StoreId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public byte[] KeyHash { get; private set; } = [];

    public string KeyHint { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    public void ReplaceKey(byte[] keyHash, string keyHint)
    {
        KeyHash = keyHash;
        KeyHint = keyHint;
    }
}
