namespace FluxStore.Management.Application.Common.Interfaces;

public enum CallerKind
{
    Anonymous,
    User,
    ApiKey,
    GameServer,
}
