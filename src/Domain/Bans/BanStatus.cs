using System.Net.Sockets;

namespace FluxStore.Management.Domain.Bans;

public enum BanStatus
{
    Active,
    Expired,
}
