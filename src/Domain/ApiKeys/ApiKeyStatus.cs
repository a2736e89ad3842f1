using FluxStore.Management.Domain.Security;

namespace FluxStore.Management.Domain.ApiKeys;

public enum ApiKeyStatus
{
    Active,
    Expired,
    Revoked,
}
