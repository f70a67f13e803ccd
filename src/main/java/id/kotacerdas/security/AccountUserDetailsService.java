package id.kotacerdas.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.StoredUser stored =
                users.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(
                new SimpleGrantedAuthority("ROLE_" + stored.account().role().name()));
        if (stored.mustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PasswordChangeRequired.AUTHORITY));
        }
        return User.withUsername(stored.account().username())
                .password(stored.passwordHash())
                .authorities(authorities)
                .disabled(!stored.account().enabled())
                .build();
    }
}
