namespace FluxStore.Management.Api.Authentication;

public static class FluxClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    /// <summary>Informational only (as it was at sign-in): admin requests read the flag from the user row.</summary>
    public const string PlatformAdmin = "flx_admin";
    public const string CallerKind = "flx_kind";
    public const string StoreId = "flx_store";
    public const string ApiKeyId = "flx_key";
    /// <summary>The key's name when it was looked up (a rename empties the key cache), for the audit trail.</summary>
    public const string ApiKeyName = "flx_key_name";
    public const string Permissions = "flx_perms";
    public const string StoreIsPro = "flx_pro";
    public const string ServerId = "flx_server";
}
