package id.kotacerdas.survey.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The group of addresses one client can easily use: an IPv4 address itself, an IPv6 address's /64 (one
 * household or phone is given a whole /64). Rate limits and the integrity view count per group.
 */
public final class AddressGroup {

    /** Literal IPv4 or IPv6 addresses only: nothing is ever looked up by name. */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]{2,45}(%[0-9A-Za-z._-]{1,20})?");

    private AddressGroup() {}

    /** "v4:203.0.113.7" or "v6:20010db8000000a1" (the first 64 bits); the input itself when not an address. */
    public static String of(String address) {
        if (address == null || !LITERAL.matcher(address).matches()) {
            return "other:" + address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet4Address v4) {
                return "v4:" + v4.getHostAddress();
            }
            if (parsed instanceof Inet6Address v6) {
                byte[] bytes = v6.getAddress();
                return "v6:" + HexFormat.of().formatHex(bytes, 0, 8);
            }
        } catch (UnknownHostException e) {
            // not a literal address after all
        }
        return "other:" + address;
    }
}
