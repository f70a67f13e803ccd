package id.kotacerdas.security;

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
        return User.withUsername(stored.account().username())
                .password(stored.passwordHash())
                .roles(stored.account().role().name())
                .disabled(!stored.account().enabled())
                .build();
    }
}
