namespace FluxStore.Management.Application.Servers;

public static class ServerKeys
{
    public const string Prefix = "fsk_";
    public const int SecretLength = 40;
}
